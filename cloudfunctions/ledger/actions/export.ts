import { api } from '@shared/api'
import { exportLedger as write } from '@shared/usecases/ledger/export-ledger'
import { implement } from '../../_lib/runtime/router'

export const exportLedger = implement(api.ledger.export, (input, { deps, caller }) => write(deps, caller, input))

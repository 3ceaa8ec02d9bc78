import { api } from '@shared/api'
import { listLedger } from '@shared/usecases/ledger/ledger-actions'
import { implement } from '../../_lib/runtime/router'

export const list = implement(api.ledger.list, (input, { deps, caller }) => listLedger(deps, caller, input))

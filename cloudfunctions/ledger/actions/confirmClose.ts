import { api } from '@shared/api'
import { confirmClose as confirm } from '@shared/usecases/ledger/ledger-actions'
import { implement } from '../../_lib/runtime/router'

export const confirmClose = implement(api.ledger.confirmClose, (input, { deps, caller }) => confirm(deps, caller, input))

import { api } from '@shared/api'
import { reopenEntry } from '@shared/usecases/ledger/ledger-actions'
import { implement } from '../../_lib/runtime/router'

export const reopen = implement(api.ledger.reopen, (input, { deps, caller }) => reopenEntry(deps, caller, input))

import { api } from '@shared/api'
import { closeEntry } from '@shared/usecases/ledger/ledger-actions'
import { implement } from '../../_lib/runtime/router'

export const close = implement(api.ledger.close, (input, { deps, caller }) => closeEntry(deps, caller, input))

import { api } from '@shared/api'
import { reviewInbox } from '@shared/usecases/list-cases'
import { implement } from '../../_lib/runtime/router'

export const inbox = implement(api.review.inbox, (input, { deps, caller }) => reviewInbox(deps, caller, input))

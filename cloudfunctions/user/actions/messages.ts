import { api } from '@shared/api'
import { myMessages } from '@shared/usecases/messages'
import { implement } from '../../_lib/runtime/router'

export const messages = implement(api.user.messages, (input, { deps, caller }) => myMessages(deps, caller, input))

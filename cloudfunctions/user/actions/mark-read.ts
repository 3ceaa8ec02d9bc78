import { api } from '@shared/api'
import { markRead as markReadUseCase } from '@shared/usecases/messages'
import { implement } from '../../_lib/runtime/router'

export const markRead = implement(api.user.markRead, (input, { deps, caller }) => markReadUseCase(deps, caller, input.ids))

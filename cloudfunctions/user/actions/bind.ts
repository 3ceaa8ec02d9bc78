import { api } from '@shared/api'
import { bind as bindUseCase } from '@shared/usecases/auth/bind'
import { implement } from '../../_lib/runtime/router'

export const bind = implement(api.user.bind, (input, { deps, caller }) => bindUseCase(deps, caller, input))

import { api } from '@shared/api'
import { withdrawApplication } from '@shared/usecases/withdraw-application'
import { implement } from '../../_lib/runtime/router'

export const withdraw = implement(api.application.withdraw, (input, { deps, caller }) => withdrawApplication(deps, caller, input))

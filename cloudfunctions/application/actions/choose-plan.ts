import { api } from '@shared/api'
import { choosePlan as choose } from '@shared/usecases/choose-plan'
import { implement } from '../../_lib/runtime/router'

export const choosePlan = implement(api.application.choosePlan, (input, { deps, caller }) => choose(deps, caller, input))

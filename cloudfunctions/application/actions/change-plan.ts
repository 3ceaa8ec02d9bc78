import { api } from '@shared/api'
import { changePlan as change } from '@shared/usecases/choose-plan'
import { implement } from '../../_lib/runtime/router'

export const changePlan = implement(api.application.changePlan, (input, { deps, caller }) => change(deps, caller, input))

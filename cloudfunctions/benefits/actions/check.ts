import { api } from '@shared/api'
import { checkBenefits } from '@shared/usecases/benefits/register'
import { implement } from '../../_lib/runtime/router'

export const check = implement(api.benefits.check, (input, { deps, caller }) => checkBenefits(deps, caller, input))

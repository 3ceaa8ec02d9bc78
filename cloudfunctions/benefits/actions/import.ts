import { api } from '@shared/api'
import { importBenefits } from '@shared/usecases/benefits/register'
import { implement } from '../../_lib/runtime/router'

export const importRows = implement(api.benefits.import, (input, { deps, caller }) => importBenefits(deps, caller, input.csv))

import { api } from '@shared/api'
import { benefitView, recordBenefit } from '@shared/usecases/benefits/register'
import { implement } from '../../_lib/runtime/router'

export const record = implement(api.benefits.record, async (input, { deps, caller }) =>
  benefitView(await recordBenefit(deps, caller, input)),
)

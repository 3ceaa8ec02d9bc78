import { api } from '@shared/api'
import { appraisalDetail } from '@shared/usecases/appraisal/reads'
import { implement } from '../../_lib/runtime/router'

export const detail = implement(api.appraisal.detail, (input, { deps, caller }) =>
  appraisalDetail(deps, caller, input.appraisalId),
)

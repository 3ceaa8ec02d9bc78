import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { hazardDetail } from '@shared/usecases/hazard/official'
import { implement } from '../../_lib/runtime/router'

export const detail = implement(hazardOversightApi.detail, (input, { deps, caller }) =>
  hazardDetail(deps, caller, input.reportId),
)

import { hazardApi } from '@shared/api/hazard.api'
import { hazardDetail } from '@shared/usecases/hazard/official'
import { implement } from '../../_lib/runtime/router'

export const detail = implement(hazardApi.detail, (input, { deps, caller }) => hazardDetail(deps, caller, input.reportId))

import { hazardApi } from '@shared/api/hazard.api'
import { moderateHazard } from '@shared/usecases/hazard/official'
import { implement } from '../../_lib/runtime/router'

export const moderate = implement(hazardApi.moderate, (input, { deps, caller }) => moderateHazard(deps, caller, input))

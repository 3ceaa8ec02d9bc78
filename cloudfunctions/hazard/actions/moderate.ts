import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { moderateHazard } from '@shared/usecases/hazard/official'
import { implement } from '../../_lib/runtime/router'

export const moderate = implement(hazardOversightApi.moderate, (input, { deps, caller }) => moderateHazard(deps, caller, input))

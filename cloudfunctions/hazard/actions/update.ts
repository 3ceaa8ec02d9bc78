import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { updateHazard } from '@shared/usecases/hazard/official'
import { implement } from '../../_lib/runtime/router'

export const update = implement(hazardOversightApi.update, (input, { deps, caller }) => updateHazard(deps, caller, input))

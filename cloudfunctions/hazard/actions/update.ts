import { hazardApi } from '@shared/api/hazard.api'
import { updateHazard } from '@shared/usecases/hazard/official'
import { implement } from '../../_lib/runtime/router'

export const update = implement(hazardApi.update, (input, { deps, caller }) => updateHazard(deps, caller, input))

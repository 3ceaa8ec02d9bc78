import { hazardApi } from '@shared/api/hazard.api'
import { publicHazards } from '@shared/usecases/hazard/lists'
import { implement } from '../../_lib/runtime/router'

export const publicList = implement(hazardApi.publicList, (input, { deps }) => publicHazards(deps, input))

import { hazardApi } from '@shared/api/hazard.api'
import { placesUnder } from '@shared/usecases/hazard/lists'
import { implement } from '../../_lib/runtime/router'

export const places = implement(hazardApi.places, (input, { deps }) => placesUnder(deps, input.parent))

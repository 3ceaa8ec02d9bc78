import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { hazardPhotos } from '@shared/usecases/hazard/official'
import { implement } from '../../_lib/runtime/router'

export const photos = implement(hazardOversightApi.photos, (input, { deps, caller }) =>
  hazardPhotos(deps, caller, input.reportId),
)

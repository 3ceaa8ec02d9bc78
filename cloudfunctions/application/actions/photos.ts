import { api } from '@shared/api'
import { casePhotos } from '@shared/usecases/case-photos'
import { implement } from '../../_lib/runtime/router'

export const photos = implement(api.application.photos, (input, { deps, caller }) => casePhotos(deps, caller, input.caseId))

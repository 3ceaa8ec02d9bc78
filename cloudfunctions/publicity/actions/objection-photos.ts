import { api } from '@shared/api'
import { objectionPhotos as photos } from '@shared/usecases/objections/list-objections'
import { implement } from '../../_lib/runtime/router'

export const objectionPhotos = implement(api.publicity.objectionPhotos, (input, { deps, caller }) =>
  photos(deps, caller, input.objectionId),
)

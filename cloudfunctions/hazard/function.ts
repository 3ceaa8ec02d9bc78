import { defineFunction } from '../_lib/runtime/router'
import { confirm } from './actions/confirm'
import { detail } from './actions/detail'
import { inbox } from './actions/inbox'
import { mine } from './actions/mine'
import { moderate } from './actions/moderate'
import { photos } from './actions/photos'
import { places } from './actions/places'
import { publicList } from './actions/public-list'
import { registerPhoto } from './actions/register-photo'
import { report } from './actions/report'
import { update } from './actions/update'

export const hazardFunction = defineFunction('hazard', [
  report,
  registerPhoto,
  places,
  publicList,
  mine,
  inbox,
  detail,
  photos,
  moderate,
  update,
  confirm,
])

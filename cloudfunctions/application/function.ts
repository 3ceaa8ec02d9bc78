import { defineFunction } from '../_lib/runtime/router'
import { detail } from './actions/detail'
import { households } from './actions/households'
import { mine } from './actions/mine'
import { myHousehold } from './actions/my-household'
import { photos } from './actions/photos'
import { resubmit } from './actions/resubmit'
import { submit } from './actions/submit'

export const applicationFunction = defineFunction('application', [
  submit,
  resubmit,
  mine,
  detail,
  photos,
  households,
  myHousehold,
])

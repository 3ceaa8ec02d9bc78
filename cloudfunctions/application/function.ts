import { defineFunction } from '../_lib/runtime/router'
import { changePlan } from './actions/change-plan'
import { choosePlan } from './actions/choose-plan'
import { detail } from './actions/detail'
import { households } from './actions/households'
import { mine } from './actions/mine'
import { myHousehold } from './actions/my-household'
import { photos } from './actions/photos'
import { resubmit } from './actions/resubmit'
import { submit } from './actions/submit'
import { withdraw } from './actions/withdraw'

export const applicationFunction = defineFunction('application', [
  submit,
  resubmit,
  withdraw,
  choosePlan,
  changePlan,
  mine,
  detail,
  photos,
  households,
  myHousehold,
])

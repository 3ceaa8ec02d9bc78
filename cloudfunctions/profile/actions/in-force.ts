import { api } from '@shared/api'
import { profileInForceForCaller } from '@shared/usecases/profile/profile-actions'
import { implement } from '../../_lib/runtime/router'

export const inForce = implement(api.profile.inForce, (input, { deps, caller }) =>
  profileInForceForCaller(deps, caller, input.on),
)

import { api } from '@shared/api'
import { publishProfile } from '@shared/usecases/profile/profile-actions'
import { implement } from '../../_lib/runtime/router'

export const publish = implement(api.profile.publish, (input, { deps, caller }) => publishProfile(deps, caller, input))

import { api } from '@shared/api'
import { whoAmI } from '@shared/usecases/me'
import { implement } from '../../_lib/runtime/router'

export const me = implement(api.user.me, (_input, { deps, caller }) => whoAmI(deps, caller))

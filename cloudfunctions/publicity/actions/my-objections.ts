import { api } from '@shared/api'
import { myObjections as mine } from '@shared/usecases/objections/list-objections'
import { implement } from '../../_lib/runtime/router'

export const myObjections = implement(api.publicity.myObjections, (input, { deps, caller }) => mine(deps, caller, input))

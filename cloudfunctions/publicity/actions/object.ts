import { api } from '@shared/api'
import { raiseObjection } from '@shared/usecases/objections/raise-objection'
import { implement } from '../../_lib/runtime/router'

export const object = implement(api.publicity.object, (input, { deps, caller }) => raiseObjection(deps, caller, input))

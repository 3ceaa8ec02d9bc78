import { api } from '@shared/api'
import { listObjections } from '@shared/usecases/objections/list-objections'
import { implement } from '../../_lib/runtime/router'

export const objections = implement(api.publicity.objections, (input, { deps, caller }) => listObjections(deps, caller, input))

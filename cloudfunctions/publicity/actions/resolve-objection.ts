import { api } from '@shared/api'
import { resolveObjection as resolve } from '@shared/usecases/objections/resolve-objection'
import { implement } from '../../_lib/runtime/router'

export const resolveObjection = implement(api.publicity.resolveObjection, (input, { deps, caller }) =>
  resolve(deps, caller, input),
)

import { api } from '@shared/api'
import { myCases } from '@shared/usecases/list-cases'
import { implement } from '../../_lib/runtime/router'

export const mine = implement(api.application.mine, (input, { deps, caller }) => myCases(deps, caller, input))

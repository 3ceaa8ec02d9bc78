import { api } from '@shared/api'
import { worksTodo } from '@shared/usecases/funds/works-todo'
import { implement } from '../../_lib/runtime/router'

export const todo = implement(api.works.todo, (input, { deps, caller }) => worksTodo(deps, caller, input))

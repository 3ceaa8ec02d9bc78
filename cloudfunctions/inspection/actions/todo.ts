import { api } from '@shared/api'
import { inspectionTodo } from '@shared/usecases/inspection/read-inspections'
import { implement } from '../../_lib/runtime/router'

export const todo = implement(api.inspection.todo, (input, { deps, caller }) => inspectionTodo(deps, caller, input))

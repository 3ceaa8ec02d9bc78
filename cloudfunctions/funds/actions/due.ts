import { api } from '@shared/api'
import { dueGroups } from '@shared/usecases/funds/due-groups'
import { implement } from '../../_lib/runtime/router'

export const due = implement(api.funds.due, (input, { deps, caller }) => dueGroups(deps, caller, input))

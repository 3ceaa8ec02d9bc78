import { api } from '@shared/api'
import { recordMilestone } from '@shared/usecases/funds/record-milestone'
import { implement } from '../../_lib/runtime/router'

export const record = implement(api.works.record, (input, { deps, caller }) => recordMilestone(deps, caller, input))

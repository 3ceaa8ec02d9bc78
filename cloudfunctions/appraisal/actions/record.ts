import { api } from '@shared/api'
import { recordAppraisal } from '@shared/usecases/appraisal/record'
import { implement } from '../../_lib/runtime/router'

export const record = implement(api.appraisal.record, (input, { deps, caller }) => recordAppraisal(deps, caller, input))

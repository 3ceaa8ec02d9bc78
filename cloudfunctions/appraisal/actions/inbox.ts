import { api } from '@shared/api'
import { appraisalInbox } from '@shared/usecases/appraisal/reads'
import { implement } from '../../_lib/runtime/router'

export const inbox = implement(api.appraisal.inbox, (input, { deps, caller }) => appraisalInbox(deps, caller, input))

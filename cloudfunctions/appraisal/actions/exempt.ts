import { api } from '@shared/api'
import { exemptAppraisal } from '@shared/usecases/appraisal/exempt'
import { implement } from '../../_lib/runtime/router'

export const exempt = implement(api.appraisal.exempt, (input, { deps, caller }) => exemptAppraisal(deps, caller, input))

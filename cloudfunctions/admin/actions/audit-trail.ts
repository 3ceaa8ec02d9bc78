import { api } from '@shared/api'
import { auditTrail as readTrail } from '@shared/usecases/audit-trail'
import { implement } from '../../_lib/runtime/router'

export const auditTrail = implement(api.admin.auditTrail, (input, { deps, caller }) => readTrail(deps, caller, input))

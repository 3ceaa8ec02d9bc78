import { defineFunction } from '../_lib/runtime/router'
import { auditTrail } from './actions/audit-trail'

export const adminFunction = defineFunction('admin', [auditTrail])

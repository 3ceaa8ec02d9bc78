import { defineFunction } from '../_lib/runtime/router'
import { auditTrail } from './actions/audit-trail'
import { calendar, setCalendar } from './actions/calendar'
import { createUser } from './actions/create-user'
import { updateUser } from './actions/update-user'
import { users } from './actions/users'

export const adminFunction = defineFunction('admin', [auditTrail, users, createUser, updateUser, calendar, setCalendar])

import { api } from '@shared/api'
import { readCalendar, setCalendarYear } from '@shared/usecases/admin/calendar-settings'
import { implement } from '../../_lib/runtime/router'

export const calendar = implement(api.admin.calendar, (input, { deps }) => readCalendar(deps, input.year))

export const setCalendar = implement(api.admin.setCalendarYear, (input, { deps }) => setCalendarYear(deps, input))

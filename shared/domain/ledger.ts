import type { LedgerEntry, LedgerState } from '../schemas/ledger'
import { addCalendarDays } from './dates'
import { DomainError } from './errors'

/** Calendar days a hazard found has to be solved in; a county may shorten it per entry later. */
export const HAZARD_FIX_DAYS = 30

/** A hazard is due within HAZARD_FIX_DAYS; a monitored B-grade house until the next inspection deadline. */
export function ledgerDeadline(kind: LedgerEntry['kind'], today: string, nextInspection: string): string {
  return kind === 'hazard' ? hazardFixDeadline(today) : nextInspection
}

/** The day a hazard put on the ledger today must be fixed by, when the official sets no other. */
export function hazardFixDeadline(today: string): string {
  return addCalendarDays(today, HAZARD_FIX_DAYS)
}

/** Not yet closed (销号) and past its deadline. */
export function ledgerOverdue(entry: Pick<LedgerEntry, 'state' | 'deadline'>, today: string): boolean {
  return entry.state !== 'closed' && today > entry.deadline
}

const refuse = (state: LedgerState, wanted: string) =>
  new DomainError('invalid_transition', `该台账当前为“${STATE_WORD[state]}”，不能${wanted}`, { state })

const STATE_WORD: Record<LedgerState, string> = { open: '待整改', closing: '待复核销号', closed: '已销号' }

/** 销号 needs evidence: what was done, and photos of the result. */
export function checkClosure(entry: Pick<LedgerEntry, 'state'>, evidence: { measure: string; photoIds: readonly string[] }) {
  if (entry.state !== 'open') throw refuse(entry.state, '提交整改')
  if (evidence.photoIds.length === 0) throw new DomainError('bad_input', '销号需上传整改后的照片作为佐证', { field: 'photoIds' })
  if (evidence.measure.trim() === '') throw new DomainError('bad_input', '请填写整改措施', { field: 'measure' })
}

/** A second official confirms: never the one who recorded the fix (解决一户，销号一户，两人把关). */
export function checkConfirmation(entry: Pick<LedgerEntry, 'state' | 'closure'>, confirmerId: string) {
  if (entry.state !== 'closing' || !entry.closure) throw refuse(entry.state, '复核销号')
  if (entry.closure.byId === confirmerId)
    throw new DomainError('second_official_required', '提交整改的人不能自己复核销号，请由另一位工作人员复核')
}

export function checkReopen(entry: Pick<LedgerEntry, 'state'>) {
  if (entry.state !== 'closed') throw refuse(entry.state, '重新打开')
}

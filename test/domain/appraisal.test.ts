import {
  appraisalOverdue,
  BEFORE_COUNTY_APPROVAL,
  caseOutcome,
  foundSafeReason,
  gradeIsSafe,
  gradeNeedsMonitoring,
  nextInspectionDeadline,
} from '@shared/domain/appraisal'
import { tableFor } from '@shared/domain/workflow/tables'
import { CaseState } from '@shared/schemas/application'

const V1 = tableFor(1)
const V2 = tableFor(2)

describe('appraisal rules', () => {
  it('A and B are safe; only B needs dynamic monitoring', () => {
    expect((['A', 'B', 'C', 'D'] as const).map(gradeIsSafe)).toEqual([true, true, false, false])
    expect((['A', 'B', 'C', 'D'] as const).map(gradeNeedsMonitoring)).toEqual([false, true, false, false])
  })

  it('A/B ends a case not yet county-approved by found_safe, in every such state of table v2', () => {
    for (const state of BEFORE_COUNTY_APPROVAL) {
      expect(caseOutcome({ state, houseId: 'h' }, 'h', V2, 'B')).toEqual({ kind: 'found_safe' })
      expect(caseOutcome({ state, houseId: 'h' }, 'h', V2, null)).toEqual({ kind: 'found_safe' })
      expect(caseOutcome({ state, houseId: 'h' }, 'h', V2, 'D')).toEqual({ kind: 'graded' })
    }
  })

  it('a case from county approval on, or of another house, is untouched', () => {
    const later = CaseState.options.filter((s) => !BEFORE_COUNTY_APPROVAL.includes(s))
    for (const state of later) expect(caseOutcome({ state, houseId: 'h' }, 'h', V2, 'A')).toEqual({ kind: 'untouched' })
    expect(caseOutcome({ state: 'submitted', houseId: 'other' }, 'h', V2, 'A')).toEqual({ kind: 'untouched' })
    expect(caseOutcome({ state: 'submitted', houseId: null }, 'h', V2, 'C')).toEqual({ kind: 'untouched' })
  })

  it('a table without found_safe (v1) only takes the grade, and an exemption leaves it alone', () => {
    expect(caseOutcome({ state: 'submitted', houseId: 'h' }, 'h', V1, 'A')).toEqual({ kind: 'graded' })
    expect(caseOutcome({ state: 'submitted', houseId: 'h' }, 'h', V1, null)).toEqual({ kind: 'untouched' })
  })

  it('the reason names the grade or the papers', () => {
    expect(foundSafeReason({ grade: 'B', on: '2026-11-23' })).toBe(
      '2026-11-23经房屋危险性等级鉴定为B级（基本安全），不属于危房改造保障范围',
    )
    expect(foundSafeReason({ exemption: 'relocated_flat', on: '2026-11-23' })).toContain('已搬迁入住楼房')
  })

  it('an order is overdue from the day after its due date', () => {
    expect(appraisalOverdue('2026-11-23', '2026-11-23')).toBe(false)
    expect(appraisalOverdue('2026-11-23', '2026-11-24')).toBe(true)
    expect(appraisalOverdue(null, '2030-01-01')).toBe(false)
  })

  it('a monitored house is next seen by the coming 30 April or 31 October', () => {
    expect(nextInspectionDeadline('2026-01-05')).toBe('2026-04-30')
    expect(nextInspectionDeadline('2026-04-30')).toBe('2026-04-30')
    expect(nextInspectionDeadline('2026-05-01')).toBe('2026-10-31')
    expect(nextInspectionDeadline('2026-11-23')).toBe('2027-04-30')
  })
})

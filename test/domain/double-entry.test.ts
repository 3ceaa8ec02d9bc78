import { sameDayPayments } from '@shared/domain/double-entry'

describe('a second payment of the same stage on the same day', () => {
  const paid = [
    { caseId: 'c1', stage: 'start', paidOn: '2026-12-09', voucherNo: 'PZ-1' },
    { caseId: 'c1', stage: 'progress', paidOn: '2026-12-09', voucherNo: 'PZ-2' },
    { caseId: 'c2', stage: 'start', paidOn: '2026-12-09', voucherNo: 'PZ-3' },
    { caseId: 'c1', stage: 'start', paidOn: '2026-12-01', voucherNo: 'PZ-4' },
  ]

  it('finds only the payments of that case, stage and day', () => {
    expect(sameDayPayments(paid, { caseId: 'c1', stage: 'start', paidOn: '2026-12-09' }).map((p) => p.voucherNo)).toEqual([
      'PZ-1',
    ])
  })

  it('finds nothing for a new stage or another day', () => {
    expect(sameDayPayments(paid, { caseId: 'c1', stage: 'final', paidOn: '2026-12-09' })).toEqual([])
    expect(sameDayPayments(paid, { caseId: 'c1', stage: 'start', paidOn: '2026-12-10' })).toEqual([])
  })
})

import { campaignOverdue, defaultCampaignDeadline, ledgerFinding, scopeReasons } from '@shared/domain/inspection'

describe('inspection campaigns (全面排查)', () => {
  const DATES = ['04-30', '10-31']

  it.each([
    ['2026-01-05', '2026-04-30'],
    ['2026-04-30', '2026-04-30'],
    ['2026-05-01', '2026-10-31'],
    ['2026-10-31', '2026-10-31'],
    ['2026-11-01', '2027-04-30'],
  ])('opened on %s, a campaign is due by %s', (today, due) => {
    expect(defaultCampaignDeadline(today, DATES)).toBe(due)
    expect(defaultCampaignDeadline(today, [...DATES].reverse())).toBe(due)
  })

  it('refuses a profile with no inspection dates', () => {
    expect(() => defaultCampaignDeadline('2026-01-01', [])).toThrow(RangeError)
  })

  it('puts a house in scope for each reason the seeds give, and none for a plain A-grade house', () => {
    expect(scopeReasons({ targetGroups: ['min_allowance'], onLedger: true, grade: 'B' })).toEqual([
      'target_group',
      'ledger',
      'b_grade',
    ])
    expect(scopeReasons({ targetGroups: [], onLedger: false, grade: 'C' })).toEqual([])
    expect(scopeReasons({ targetGroups: [], onLedger: false, grade: null })).toEqual([])
  })

  it('is overdue only after the deadline and only with houses left', () => {
    expect(campaignOverdue({ deadline: '2026-04-30', inScope: 3, done: 2 }, '2026-04-30')).toBe(false)
    expect(campaignOverdue({ deadline: '2026-04-30', inScope: 3, done: 2 }, '2026-05-01')).toBe(true)
    expect(campaignOverdue({ deadline: '2026-04-30', inScope: 3, done: 3 }, '2026-05-01')).toBe(false)
  })

  it('opens a hazard for a problem or a C/D grade, monitoring for a B grade, nothing for a sound A', () => {
    expect(ledgerFinding({ grade: 'A', problem: '院墙倾斜' })).toEqual({ kind: 'hazard', problem: '院墙倾斜' })
    expect(ledgerFinding({ grade: 'D', problem: null })?.kind).toBe('hazard')
    expect(ledgerFinding({ grade: 'B', problem: null })?.kind).toBe('monitoring')
    expect(ledgerFinding({ grade: 'A', problem: null })).toBeNull()
  })
})

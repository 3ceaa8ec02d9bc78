import { DomainError } from '@shared/domain/errors'
import { checkClosure, checkConfirmation, checkReopen, ledgerDeadline, ledgerOverdue } from '@shared/domain/ledger'

const refusalOf = (f: () => void) => {
  try {
    f()
    return null
  } catch (e) {
    return e instanceof DomainError ? e.refusal : 'not a refusal'
  }
}

describe('the 销号 rule', () => {
  const closure = { measure: '加固', photoIds: ['p1'], byId: 'u-a', byName: '甲', on: '2026-11-23' }

  it('closes only an open entry, and only with photos and a measure', () => {
    expect(refusalOf(() => checkClosure({ state: 'open' }, { measure: '加固', photoIds: ['p1'] }))).toBeNull()
    expect(refusalOf(() => checkClosure({ state: 'open' }, { measure: '加固', photoIds: [] }))).toBe('bad_input')
    expect(refusalOf(() => checkClosure({ state: 'open' }, { measure: ' ', photoIds: ['p1'] }))).toBe('bad_input')
    expect(refusalOf(() => checkClosure({ state: 'closing' }, { measure: '加固', photoIds: ['p1'] }))).toBe('invalid_transition')
  })

  it('is confirmed by a second official only, and only once a fix is recorded', () => {
    expect(refusalOf(() => checkConfirmation({ state: 'closing', closure }, 'u-b'))).toBeNull()
    expect(refusalOf(() => checkConfirmation({ state: 'closing', closure }, 'u-a'))).toBe('second_official_required')
    expect(refusalOf(() => checkConfirmation({ state: 'open', closure: null }, 'u-b'))).toBe('invalid_transition')
  })

  it('reopens only what is closed', () => {
    expect(refusalOf(() => checkReopen({ state: 'closed' }))).toBeNull()
    expect(refusalOf(() => checkReopen({ state: 'open' }))).toBe('invalid_transition')
  })

  it('gives a hazard 30 days and a monitored house the next inspection; flags what is late and not closed', () => {
    expect(ledgerDeadline('hazard', '2026-11-23', '2027-04-30')).toBe('2026-12-23')
    expect(ledgerDeadline('monitoring', '2026-11-23', '2027-04-30')).toBe('2027-04-30')
    expect(ledgerOverdue({ state: 'open', deadline: '2026-12-23' }, '2026-12-23')).toBe(false)
    expect(ledgerOverdue({ state: 'closing', deadline: '2026-12-23' }, '2026-12-24')).toBe(true)
    expect(ledgerOverdue({ state: 'closed', deadline: '2026-12-23' }, '2027-01-01')).toBe(false)
  })
})

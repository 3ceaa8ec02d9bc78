import { snapshot, USERS } from '../factories/world.factory'
import { dataOf, withWorld, type WorldCall } from './call'
import { villageApproves } from './meeting'
import { anAllocation } from '../factories/funds.factory'

const apply = { action: 'submit', houseId: 'house-1', targetGroup: 'min_allowance', mode: 'repair', reason: '土坯房开裂漏雨' }

/**
 * Every refusal answers inside the envelope with its code and leaves every collection as it was.
 * Each case prepares its own state, then the refused call runs between two snapshots.
 */
describe('refused calls change nothing', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  async function submittedCase(): Promise<string> {
    return dataOf(await call('application', USERS.farmer._id, apply))._id
  }

  async function approvedCase(): Promise<string> {
    const id = await submittedCase()
    dataOf(await villageApproves(t.world, call, USERS.villageA1._id, id, ''))
    t.world.clock.moveTo('2026-12-01')
    dataOf(await call('review', USERS.townshipA._id, { action: 'decide', caseId: id, decision: 'approve', comment: '' }))
    t.world.clock.moveTo('2026-12-09')
    dataOf(await call('review', USERS.county._id, { action: 'decide', caseId: id, decision: 'approve', comment: '' }))
    await anAllocation(t.world.store, id, 1_700_000)
    return id
  }

  const pay = (caseId: string, extra: Record<string, unknown> = {}) => ({
    action: 'record',
    caseId,
    amountFen: 100_000,
    stage: 'start',
    fundingSource: 'local',
    paidOn: '2026-12-09',
    voucherNo: 'V-1',
    ...extra,
  })

  type Refusal = {
    name: string
    code: string
    prepare?: () => Promise<string | undefined>
    fn: Parameters<typeof call>[0]
    as: string | null
    data: (id: string) => unknown
  }

  const refusals: Refusal[] = [
    { name: 'no WeChat identity', code: 'UNAUTHENTICATED', fn: 'application', as: null, data: () => apply },
    { name: 'a WeChat user with no record', code: 'NOT_REGISTERED', fn: 'application', as: 'stranger', data: () => apply },
    {
      name: 'an unknown action',
      code: 'UNKNOWN_ACTION',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ action: 'drop' }),
    },
    {
      name: 'a prototype key as action',
      code: 'UNKNOWN_ACTION',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ action: 'constructor' }),
    },
    { name: 'no action', code: 'UNKNOWN_ACTION', fn: 'review', as: USERS.county._id, data: () => ({}) },
    { name: 'an event that is not an object', code: 'BAD_INPUT', fn: 'review', as: USERS.county._id, data: () => 'approve' },
    {
      name: 'malformed application (reason too short)',
      code: 'BAD_INPUT',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ ...apply, reason: '漏' }),
    },
    {
      name: 'unknown field in input',
      code: 'BAD_INPUT',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ ...apply, state: 'county_approved' }),
    },
    {
      name: 'a farmer applying for another household (answered as if it did not exist)',
      code: 'NOT_FOUND',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ ...apply, householdId: 'hh-2' }),
    },
    {
      name: 'a house of another household',
      code: 'NOT_FOUND',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ ...apply, houseId: 'house-2' }),
    },
    {
      name: 'a target group the household is not in',
      code: 'NOT_ELIGIBLE',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ ...apply, targetGroup: 'poor_registered' }),
    },
    {
      name: 'rebuild for a C-grade house',
      code: 'NOT_ELIGIBLE',
      fn: 'application',
      as: USERS.farmer._id,
      data: () => ({ ...apply, mode: 'rebuild' }),
    },
    {
      name: 'a second live case for one household',
      code: 'DUPLICATE_CASE',
      prepare: submittedCase,
      fn: 'application',
      as: USERS.farmer._id,
      data: () => apply,
    },
    {
      name: 'a village official of another village applying',
      code: 'NOT_FOUND',
      fn: 'application',
      as: USERS.villageA2._id,
      data: () => ({ ...apply, householdId: 'hh-1' }),
    },
    {
      name: 'a township official applying',
      code: 'FORBIDDEN',
      fn: 'application',
      as: USERS.townshipA._id,
      data: () => ({ ...apply, householdId: 'hh-1' }),
    },
    {
      name: 'a farmer deciding',
      code: 'FORBIDDEN',
      prepare: submittedCase,
      fn: 'review',
      as: USERS.farmer._id,
      data: (id) => ({ action: 'decide', caseId: id, decision: 'approve' }),
    },
    {
      name: 'finance deciding',
      code: 'FORBIDDEN',
      prepare: submittedCase,
      fn: 'review',
      as: USERS.finance._id,
      data: (id) => ({ action: 'decide', caseId: id, decision: 'approve' }),
    },
    {
      name: 'the village official of another village deciding',
      code: 'NOT_FOUND',
      prepare: submittedCase,
      fn: 'review',
      as: USERS.villageA2._id,
      data: (id) => ({ action: 'decide', caseId: id, decision: 'approve' }),
    },
    {
      name: 'a township official of another township deciding',
      code: 'NOT_FOUND',
      prepare: submittedCase,
      fn: 'review',
      as: USERS.townshipB._id,
      data: (id) => ({ action: 'decide', caseId: id, decision: 'approve' }),
    },
    {
      name: 'the county approving before the township',
      code: 'INVALID_TRANSITION',
      prepare: submittedCase,
      fn: 'review',
      as: USERS.county._id,
      data: (id) => ({ action: 'decide', caseId: id, decision: 'approve' }),
    },
    {
      name: 'returning without a reason',
      code: 'BAD_INPUT',
      prepare: submittedCase,
      fn: 'review',
      as: USERS.villageA1._id,
      data: (id) => ({ action: 'decide', caseId: id, decision: 'return', comment: '' }),
    },
    {
      name: 'deciding a case that does not exist',
      code: 'NOT_FOUND',
      fn: 'review',
      as: USERS.villageA1._id,
      data: () => ({ action: 'decide', caseId: 'nope', decision: 'approve' }),
    },
    {
      name: 'a farmer reading another household’s case',
      code: 'NOT_FOUND',
      prepare: submittedCase,
      fn: 'application',
      as: USERS.farmer2._id,
      data: (id) => ({ action: 'detail', caseId: id }),
    },
    {
      name: 'a village official reading another village’s case',
      code: 'NOT_FOUND',
      prepare: submittedCase,
      fn: 'application',
      as: USERS.villageA2._id,
      data: (id) => ({ action: 'detail', caseId: id }),
    },
    {
      name: 'paying a case not yet approved',
      code: 'INVALID_TRANSITION',
      prepare: submittedCase,
      fn: 'payment',
      as: USERS.finance._id,
      data: (id) => pay(id, { paidOn: '2026-11-23' }),
    },
    {
      name: 'a county official recording a payment',
      code: 'FORBIDDEN',
      prepare: approvedCase,
      fn: 'payment',
      as: USERS.county._id,
      data: (id) => pay(id),
    },
    {
      name: 'paying more than the cap',
      code: 'OVER_CAP',
      prepare: approvedCase,
      fn: 'payment',
      as: USERS.finance._id,
      data: (id) => pay(id, { amountFen: 1_700_001 }),
    },
    {
      name: 'a float amount',
      code: 'BAD_INPUT',
      prepare: approvedCase,
      fn: 'payment',
      as: USERS.finance._id,
      data: (id) => pay(id, { amountFen: 100.5 }),
    },
    {
      name: 'a negative amount',
      code: 'BAD_INPUT',
      prepare: approvedCase,
      fn: 'payment',
      as: USERS.finance._id,
      data: (id) => pay(id, { amountFen: -1 }),
    },
    {
      name: 'a payment dated in the future',
      code: 'BAD_INPUT',
      prepare: approvedCase,
      fn: 'payment',
      as: USERS.finance._id,
      data: (id) => pay(id, { paidOn: '2026-12-10' }),
    },
    {
      name: 'the same voucher twice',
      code: 'DUPLICATE_PAYMENT',
      prepare: async () => {
        const id = await approvedCase()
        dataOf(await call('payment', USERS.finance._id, pay(id)))
        return id
      },
      fn: 'payment',
      as: USERS.finance._id,
      data: (id) => pay(id),
    },
    {
      name: 'a farmer reading the payable list',
      code: 'FORBIDDEN',
      fn: 'payment',
      as: USERS.farmer._id,
      data: () => ({ action: 'payable' }),
    },
    {
      name: 'a farmer reading the review inbox',
      code: 'FORBIDDEN',
      fn: 'review',
      as: USERS.farmer._id,
      data: () => ({ action: 'inbox' }),
    },
    {
      name: 'a page size over 100',
      code: 'BAD_INPUT',
      fn: 'publicity',
      as: 'anyone',
      data: () => ({ action: 'board', limit: 5000 }),
    },
    {
      name: 'a malformed region on the board',
      code: 'BAD_INPUT',
      fn: 'publicity',
      as: 'anyone',
      data: () => ({ action: 'board', regionPath: "1' OR 1=1" }),
    },
  ]

  it.each(refusals)('$name → $code', async ({ code, prepare, fn, as, data }) => {
    const id = (await prepare?.()) ?? ''
    const before = await snapshot(t.world.store)
    const result = await call(fn, as, data(id))
    expect(result).toMatchObject({ ok: false, error: { code } })
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0)
    expect(await snapshot(t.world.store)).toEqual(before)
  })

  it('never takes identity from the request body', async () => {
    const result = await call('application', USERS.farmer2._id, {
      ...apply,
      userInfo: { openId: USERS.farmer._id, appId: 'wx' },
    })
    // farmer2 is a 5-person poor_registered household with a D house: applying with farmer1's data fails as farmer2.
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses to pay higher-level funds to a household that already had them', async () => {
    const c = dataOf(
      await call('application', USERS.farmer2._id, {
        action: 'submit',
        houseId: 'house-2',
        targetGroup: 'poor_registered',
        mode: 'rebuild',
        reason: '房屋倒塌危险',
      }),
    )
    dataOf(await villageApproves(t.world, call, USERS.villageA2._id, c._id, ''))
    t.world.clock.moveTo('2026-12-01')
    dataOf(await call('review', USERS.townshipA._id, { action: 'decide', caseId: c._id, decision: 'approve', comment: '' }))
    t.world.clock.moveTo('2026-12-09')
    const approved = dataOf(
      await call('review', USERS.county._id, { action: 'decide', caseId: c._id, decision: 'approve', comment: '' }),
    )
    expect(approved.subsidyCapFen).toBe(80 * 80_000) // 5 persons → 80 m² standard, though the house is 120 m²
    const before = await snapshot(t.world.store)
    const result = await call('payment', USERS.finance._id, pay(c._id, { fundingSource: 'higher_level' }))
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { field: 'fundingSource' } } })
    expect(await snapshot(t.world.store)).toEqual(before)
  })

  it('opens only one case when a household submits twice at once', async () => {
    const results = await Promise.all([
      call('application', USERS.farmer._id, apply),
      call('application', USERS.farmer._id, apply),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)[0]).toMatchObject({ error: { code: 'DUPLICATE_CASE' } })
  })
})

import { recordPayment } from '@shared/usecases/record-payment'
import { col, withoutId } from '@shared/usecases/collections'
import { NO_MILESTONES } from '@shared/schemas/funds'
import { aCase } from '../factories/case.factory'
import { aLine } from '../factories/funds.factory'
import { aHousehold } from '../factories/household.factory'
import { stubDeps } from '../factories/stub-deps.factory'
import { aUser } from '../factories/user.factory'

/** The use case alone, on stub ports: no router, no SQLite. The function tests cover the same rules end to end. */
describe('recordPayment (use case)', () => {
  const finance = { openid: 'u-fin', user: aUser({ _id: 'u-fin', role: 'finance', regionPath: '371311' }) }
  const account = { bank: '农商行', accountNo: '6217000011112222', holder: '张三' }

  /** Works have started and finance has sent the township ¥5,000 for the household (funds.allocate). */
  async function approvedCase(deps: ReturnType<typeof stubDeps>, id = 'case-1', householdId = 'hh-1', allocatedFen = 500_000) {
    const milestones = { ...NO_MILESTONES, start: '2026-11-20' }
    const c = aCase('county_approved', { _id: id, householdId, filedOn: '2026-10-12', allocatedFen, milestones })
    await col(deps.store, 'households')
      .doc(householdId)
      .set(withoutId(aHousehold({ _id: householdId, account })))
    await col(deps.store, 'cases').doc(c._id).set(withoutId(c))
    await col(deps.store, 'users')
      .doc('u-farmer')
      .set(withoutId(aUser({ _id: 'u-farmer', householdId })))
    return c
  }
  const pay = (caseId: string, extra: Record<string, unknown> = {}) => ({
    caseId,
    amountFen: 100_000,
    stage: 'start' as const,
    fundingSource: 'local' as const,
    paidOn: '2026-11-23',
    voucherNo: 'PZ2026-0002',
    ...extra,
  })

  it('records the payment, raises the case total and queues one message for each person of the household', async () => {
    const deps = stubDeps()
    const c = await approvedCase(deps)
    const payment = await recordPayment(deps, finance, pay(c._id))
    expect(payment).toMatchObject({ amountFen: 100_000, payeeAccountMasked: expect.not.stringContaining('6217000011112222') })
    expect((await col(deps.store, 'cases').doc(c._id).get())?.paidFen).toBe(c.paidFen + 100_000)
    const messages = [...(deps.store.docs.get('notifications')?.values() ?? [])]
    expect(messages.map((m) => m.recipientId)).toEqual(['u-farmer'])
  })

  it('takes a voucher once in the whole county, however it is typed', async () => {
    const deps = stubDeps()
    const first = await approvedCase(deps, 'case-1', 'hh-1')
    const second = await approvedCase(deps, 'case-2', 'hh-2')
    await recordPayment(deps, finance, pay(first._id))
    await expect(recordPayment(deps, finance, pay(second._id, { voucherNo: 'ＰＺ2026－0002\u200b' }))).rejects.toMatchObject({
      refusal: 'duplicate_payment',
    })
  })

  it('refuses a payment dated before the county approved the case, naming the field', async () => {
    const deps = stubDeps()
    const c = await approvedCase(deps)
    const approvedOn = c.history.find((h) => h.to === 'county_approved')!.on
    await expect(recordPayment(deps, finance, pay(c._id, { paidOn: '2026-01-05' }))).rejects.toMatchObject({
      refusal: 'bad_input',
      details: { field: 'paidOn' },
    })
    expect(approvedOn > '2026-01-05').toBe(true)
  })

  it('never pays above what is left of the ceiling', async () => {
    const deps = stubDeps()
    const c = await approvedCase(deps)
    await expect(recordPayment(deps, finance, pay(c._id, { amountFen: c.subsidyCapFen! + 1 }))).rejects.toMatchObject({
      refusal: 'over_cap',
    })
    expect(deps.store.docs.get('payments')?.size ?? 0).toBe(0)
  })

  it('pays out of what finance sent the township, never beyond it', async () => {
    const deps = stubDeps()
    const c = await approvedCase(deps, 'case-1', 'hh-1', 150_000)
    await recordPayment(deps, finance, pay(c._id))
    await expect(recordPayment(deps, finance, pay(c._id, { voucherNo: 'PZ2026-0003' }))).rejects.toMatchObject({
      refusal: 'insufficient_funds',
      details: { balanceFen: 50_000 },
    })
    const none = await approvedCase(deps, 'case-2', 'hh-2', 0)
    await expect(recordPayment(deps, finance, pay(none._id, { voucherNo: 'PZ2026-0004' }))).rejects.toMatchObject({
      refusal: 'insufficient_funds',
      message: expect.stringContaining('尚未向乡镇下达'),
    })
  })

  it('pays a stage only once its milestone is reached', async () => {
    const deps = stubDeps()
    const c = await approvedCase(deps)
    await expect(recordPayment(deps, finance, pay(c._id, { stage: 'structure' }))).rejects.toMatchObject({
      refusal: 'invalid_transition',
      message: expect.stringContaining('尚未到「主体完工进度款」的支付节点'),
    })
    expect(deps.store.docs.get('payments')?.size ?? 0).toBe(0)
  })

  it.each(['due', 'in_batch', 'failed'] as const)(
    'never pays by hand a stage whose line is %s: the bank batch pays it',
    async (status) => {
      const deps = stubDeps()
      const c = await approvedCase(deps)
      const owed = aLine(c, 1, { amountFen: 100_000, status, batchId: status === 'due' ? null : 'batch-1' })
      await col(deps.store, 'disbursements').doc(owed._id).set(withoutId(owed))
      await expect(recordPayment(deps, finance, pay(c._id))).rejects.toMatchObject({
        refusal: 'invalid_transition',
        details: { lineId: owed._id },
      })
      expect(deps.store.docs.get('payments')?.size ?? 0).toBe(0)
      expect((await col(deps.store, 'cases').doc(c._id).get())?.paidFen).toBe(0)
    },
  )
})

import { col, withoutId } from '@shared/usecases/collections'
import { aUser } from '../factories/user.factory'
import { USERS } from '../factories/world.factory'
import { dataOf, refuser, withWorld, type WorldCall } from './call'
import { villageApproves } from './meeting'
import { anAllocation } from '../factories/funds.factory'

const apply = { action: 'submit', houseId: 'house-1', targetGroup: 'min_allowance', mode: 'repair', reason: '土坯房开裂漏雨' }

/** Defects found by trying the skeleton as an attacker would (issue 7, section 1), through the real handlers. */
describe('defects found in the skeleton', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  /** Village, township and county approval; the county approves on 2026-12-09. */
  async function approved(farmer: string, village: string, submit: Record<string, unknown>): Promise<string> {
    // The village meets after the application came in: the clock goes back to the first day before each filing.
    t.world.clock.moveTo('2026-11-23')
    const id = dataOf(await call('application', farmer, submit))._id
    dataOf(await villageApproves(t.world, call, village, id, ''))
    t.world.clock.moveTo('2026-12-01')
    dataOf(await call('review', USERS.townshipA._id, { action: 'decide', caseId: id, decision: 'approve', comment: '' }))
    t.world.clock.moveTo('2026-12-09')
    dataOf(await call('review', USERS.county._id, { action: 'decide', caseId: id, decision: 'approve', comment: '' }))
    await anAllocation(t.world.store, id, 1_700_000)
    return id
  }
  const approvedCase = () => approved(USERS.farmer._id, USERS.villageA1._id, apply)
  const secondApprovedCase = () =>
    approved(USERS.farmer2._id, USERS.villageA2._id, {
      action: 'submit',
      houseId: 'house-2',
      targetGroup: 'poor_registered',
      mode: 'rebuild',
      reason: '房屋倒塌危险',
    })

  const pay = (caseId: string, extra: Record<string, unknown> = {}) => ({
    action: 'record',
    caseId,
    amountFen: 100_000,
    stage: 'start',
    fundingSource: 'local',
    paidOn: '2026-12-09',
    voucherNo: 'PZ2026-0002',
    ...extra,
  })

  const refusedWithoutChange = refuser(t)

  describe('payment dates', () => {
    it.each(['2026-02-30', '0000-00-00', '2026-13-45', '2026-12-00'])('refuses %s, which is no calendar date', async (paidOn) => {
      const id = await approvedCase()
      const error = await refusedWithoutChange('payment', USERS.finance._id, pay(id, { paidOn }))
      expect(error.code).toBe('BAD_INPUT')
      expect(error.message).toMatch(/日期无效/)
    })

    it.each(['1900-01-01', '2026-12-08'])('refuses %s, before the county approved the case', async (paidOn) => {
      const id = await approvedCase()
      t.world.clock.moveTo('2026-12-15')
      const error = await refusedWithoutChange('payment', USERS.finance._id, pay(id, { paidOn }))
      expect(error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'paidOn' } })
      expect(error.message).toContain('2026-12-09')
      expect(error.message).toContain('2026-12-15')
    })

    it('refuses a date after today, naming the allowed range', async () => {
      const id = await approvedCase()
      const error = await refusedWithoutChange('payment', USERS.finance._id, pay(id, { paidOn: '2026-12-10' }))
      expect(error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'paidOn' } })
      expect(error.message).toContain('2026-12-09')
    })

    it('accepts the approval day and today, both inclusive', async () => {
      const id = await approvedCase()
      t.world.clock.moveTo('2026-12-15')
      dataOf(await call('payment', USERS.finance._id, pay(id, { paidOn: '2026-12-09', voucherNo: 'A-1' })))
      dataOf(await call('payment', USERS.finance._id, pay(id, { paidOn: '2026-12-15', voucherNo: 'A-2' })))
    })
  })

  describe('vouchers', () => {
    it.each(['PZ2026-0002', 'pz2026-0002', 'PZ2026－0002', 'ＰＺ2026-0002', 'PZ2026-0002\u200b'])(
      'refuses %j on another case of the county once PZ2026-0002 is booked',
      async (voucherNo) => {
        const first = await approvedCase()
        const second = await secondApprovedCase()
        dataOf(await call('payment', USERS.finance._id, pay(first)))
        for (const caseId of [first, second]) {
          const error = await refusedWithoutChange('payment', USERS.finance._id, pay(caseId, { voucherNo }))
          expect(error.code).toBe('DUPLICATE_PAYMENT')
        }
      },
    )

    it('stores the normalised voucher and tells the household that one', async () => {
      const id = await approvedCase()
      const payment = dataOf(await call('payment', USERS.finance._id, pay(id, { voucherNo: ' ｐｚ2026－0007\u200b ' })))
      expect(payment.voucherNo).toBe('PZ2026-0007')
      const [stored] = await col(t.world.store, 'payments').where({ caseId: id }).get()
      expect(stored?.voucherNo).toBe('PZ2026-0007')
      const messages = await col(t.world.store, 'notifications').where({ recipientId: USERS.farmer._id }).get()
      expect(messages.find((m) => m.kind === 'funds_arrived')?.body).toContain('凭证号PZ2026-0007')
    })

    it.each(['\u200b\u200b', '---', '　'])('refuses %j, which has no letter or digit', async (voucherNo) => {
      const id = await approvedCase()
      const error = await refusedWithoutChange('payment', USERS.finance._id, pay(id, { voucherNo }))
      expect(error.code).toBe('BAD_INPUT')
      expect(error.message).toMatch(/凭证号/)
    })
  })

  describe('free text', () => {
    it.each([
      ['four zero-width spaces', '\u200b\u200b\u200b\u200b'],
      ['only emoji', '😀😀😀😀'],
      ['only spaces and punctuation', ' 。。 ！！ ？？ '],
    ])('refuses %s as a reason', async (_name, reason) => {
      const error = await refusedWithoutChange('application', USERS.farmer._id, { ...apply, reason })
      expect(error.code).toBe('BAD_INPUT')
      expect(error.message).toMatch(/申请理由/)
    })

    it('stores the reason normalised', async () => {
      const c = dataOf(
        await call('application', USERS.farmer._id, { ...apply, reason: '  土坯房\u200b开裂，\u3000\u3000漏雨  ' }),
      )
      expect(c.reason).toBe('土坯房开裂， 漏雨')
    })

    it('refuses a return whose reason is only zero-width spaces', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      const error = await refusedWithoutChange('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: id,
        decision: 'return',
        comment: '\u200b\u200b\u200b\u200b',
      })
      expect(error.code).toBe('BAD_INPUT')
    })

    it('refuses a resubmission whose comment is only punctuation', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      dataOf(await call('review', USERS.villageA1._id, { action: 'decide', caseId: id, decision: 'return', comment: '请补照片' }))
      const error = await refusedWithoutChange('application', USERS.farmer._id, {
        action: 'resubmit',
        caseId: id,
        reason: '已补充照片材料',
        comment: '……',
      })
      expect(error.code).toBe('BAD_INPUT')
    })
  })

  describe('numbers typed into text others read', () => {
    it('masks them in the case history and the message, and keeps the applicant’s own reason as typed', async () => {
      const reason = '土坯房开裂，联系电话13812345678'
      const id = dataOf(await call('application', USERS.farmer._id, { ...apply, reason }))._id
      const comment = '请补充材料，户主身份证37131119600101001X，卡号6217000012345678，电话13812345678'
      const returned = dataOf(
        await call('review', USERS.villageA1._id, { action: 'decide', caseId: id, decision: 'return', comment }),
      )
      expect(returned.reason).toBe(reason)
      const entry = returned.history.at(-1)
      expect(entry.comment).toContain('138****5678')
      expect(entry.comment).toContain('**** 5678')
      expect(entry.comment).not.toMatch(/\d{11}/)
      const [message] = await col(t.world.store, 'notifications').where({ recipientId: USERS.farmer._id }).get()
      expect(message?.body).not.toMatch(/\d{11}/)
      expect(message?.body).toContain('138****5678')
      expect(JSON.stringify(message?.fields)).not.toMatch(/\d{11}/)
    })
  })

  describe('records outside the caller’s reach look like records that do not exist', () => {
    const otherCounty = aUser({
      _id: 'u-finance-other',
      name: '秦财',
      role: 'finance',
      regionPath: '371312',
      householdId: undefined,
    })

    /** A case in township B, filed by its village for hh-3. */
    async function caseInTownshipB(): Promise<string> {
      return dataOf(
        await call('application', USERS.villageB1._id, {
          action: 'submit',
          householdId: 'hh-3',
          houseId: 'house-3',
          targetGroup: 'poor_disabled',
          mode: 'rebuild',
          reason: '房屋主体结构严重损坏',
          proxyReason: '户主失能，无法自己申请',
        }),
      )._id
    }

    async function sameAnswer(fn: Parameters<typeof call>[0], as: string, data: (caseId: string) => unknown, caseId: string) {
      const outside = await refusedWithoutChange(fn, as, data(caseId))
      const missing = await refusedWithoutChange(fn, as, data('no-such-case'))
      expect(JSON.stringify(outside)).toBe(JSON.stringify(missing))
      expect(outside).toEqual({ code: 'NOT_FOUND', message: '找不到该记录' })
    }

    it('detail: another township’s case and a missing case give the same envelope', async () => {
      await sameAnswer('application', USERS.townshipA._id, (caseId) => ({ action: 'detail', caseId }), await caseInTownshipB())
    })

    it('decide: another township’s case and a missing case give the same envelope', async () => {
      const id = await caseInTownshipB()
      await sameAnswer('review', USERS.villageA1._id, (caseId) => ({ action: 'decide', caseId, decision: 'approve' }), id)
      await sameAnswer('review', USERS.townshipA._id, (caseId) => ({ action: 'decide', caseId, decision: 'approve' }), id)
    })

    it('record: a case of another county and a missing case give the same envelope', async () => {
      await col(t.world.store, 'users').doc(otherCounty._id).set(withoutId(otherCounty))
      const id = await approvedCase()
      await sameAnswer('payment', otherCounty._id, (caseId) => pay(caseId), id)
    })

    it('a farmer asking about another household’s case gets the same NOT_FOUND', async () => {
      const id = dataOf(await call('application', USERS.farmer._id, apply))._id
      await sameAnswer('application', USERS.farmer2._id, (caseId) => ({ action: 'detail', caseId }), id)
      await sameAnswer(
        'application',
        USERS.farmer2._id,
        (caseId) => ({ action: 'resubmit', caseId, reason: '已补充照片材料', comment: '' }),
        id,
      )
    })

    it('submit: another village’s household and a missing one give the same envelope', async () => {
      const data = (householdId: string) => ({ ...apply, householdId, houseId: null })
      const outside = await refusedWithoutChange('application', USERS.villageA2._id, data('hh-1'))
      const missing = await refusedWithoutChange('application', USERS.villageA2._id, data('hh-nobody'))
      expect(JSON.stringify(outside)).toBe(JSON.stringify(missing))
      expect(outside.code).toBe('NOT_FOUND')
    })

    it('submit: a house of another household and a missing house give the same envelope', async () => {
      const outside = await refusedWithoutChange('application', USERS.farmer._id, { ...apply, houseId: 'house-2' })
      const missing = await refusedWithoutChange('application', USERS.farmer._id, { ...apply, houseId: 'house-none' })
      expect(JSON.stringify(outside)).toBe(JSON.stringify(missing))
    })
  })
})

import type { CasePlan } from '@shared/schemas/application'
import { col, withoutId } from '@shared/usecases/collections'
import { aCase } from '../../factories/case.factory'
import { aStoredFile, PDF_BYTES } from '../../factories/upload.factory'
import { USERS } from '../../factories/world.factory'
import { dataOf, refuser, withWorld } from '../call'
import { FINANCE2, b64, bankResultCsv, csvOf } from './fixtures'
import { aRepairPlan } from '../../factories/funds.factory'

const PLAN: CasePlan = aRepairPlan()

describe('payees: the builder with written consent, the landlord in instalments, a changed one-card account', () => {
  const t = withWorld('2026-11-23')
  const refused = refuser(t)
  const put = async (plan: Partial<CasePlan>, mode: CasePlan['mode'] = 'repair') => {
    const c = aCase('agreement_signed', { mode, gradeAtApplication: 'C', plan: { ...PLAN, mode, ...plan } })
    await col(t.world.store, 'cases').doc(c._id).set(withoutId(c))
    await col(t.world.store, 'users').doc(FINANCE2._id).set(withoutId(FINANCE2))
  }
  const funds = (who: string, data: Record<string, unknown>) => t.call('funds', who, data)
  const document = async (openid: string) => {
    const fileId = await aStoredFile(t.world.deps.files, PDF_BYTES(), 'consent.pdf')
    return dataOf(await t.call('user', openid, { action: 'registerUpload', fileId, kind: 'document' })).id as string
  }
  /** Builds, approves, exports and pays what is due today; answers the bank file's rows. */
  async function payDue(key: string) {
    const batch = dataOf(
      await funds(USERS.finance._id, { action: 'batchCreate', township: null, stage: null, dueBy: '2026-11-23', key }),
    )
    dataOf(await funds(FINANCE2._id, { action: 'batchApprove', batchId: batch._id }))
    const rows = csvOf(
      dataOf(await funds(USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'csv' })).base64,
    )
    const result = b64(bankResultCsv(rows.map((r) => ({ id: r[1]!, ok: true, reason: '' }))))
    dataOf(await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64: result }))
    return rows
  }
  const lastMessage = async () =>
    (
      await col(t.world.store, 'notifications').where({ recipientId: USERS.farmer._id, kind: 'funds_arrived' }).limit(10).get()
    ).at(-1)

  it('pays the builder only once the township recorded its account and the household’s signed consent', async () => {
    await put({ payTo: 'builder' })
    dataOf(await t.call('works', USERS.townshipA._id, { action: 'record', caseId: 'case-1', milestone: 'start' }))
    dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    const none = await refused('funds', USERS.finance._id, {
      action: 'batchCreate',
      township: null,
      stage: null,
      dueBy: '2026-11-23',
      key: 'no-builder-1',
    })
    expect(none.message).toContain('施工单位')

    const builder = {
      caseId: 'case-1',
      name: '某某建筑工程队',
      bank: '农商行',
      accountNo: '6222000011112222',
      governmentOrganised: true,
    }
    expect(
      (await refused('funds', USERS.townshipA._id, { action: 'setBuilder', ...builder, consentFileId: 'not-an-upload' })).code,
    ).toBe('BAD_INPUT')
    const consentFileId = await document(USERS.townshipA._id)
    expect(
      (
        await refused('funds', USERS.townshipA._id, {
          action: 'setBuilder',
          ...builder,
          consentFileId,
          governmentOrganised: false,
        })
      ).code,
    ).toBe('BAD_INPUT')
    expect((await refused('funds', USERS.townshipB._id, { action: 'setBuilder', ...builder, consentFileId })).code).toBe(
      'NOT_FOUND',
    )
    const c = dataOf(await funds(USERS.townshipA._id, { action: 'setBuilder', ...builder, consentFileId }))
    expect(c.builderPayee).toMatchObject({ name: '某某建筑工程队', accountNo: '6222000011112222', consentFileId })

    const rows = await payDue('builder-key-1')
    expect(rows[0]!.slice(2, 4)).toEqual(['某某建筑工程队', '6222000011112222'])
    expect((await lastMessage())!.body).toContain('直接支付给施工单位')
  })

  it('refuses a builder’s account on a plan that pays the household', async () => {
    await put({ payTo: 'household' })
    const consentFileId = await document(USERS.townshipA._id)
    const r = await refused('funds', USERS.townshipA._id, {
      action: 'setBuilder',
      caseId: 'case-1',
      name: '某某建筑工程队',
      bank: '农商行',
      accountNo: '6222000011112222',
      consentFileId,
      governmentOrganised: true,
    })
    expect(r.code).toBe('INVALID_TRANSITION')
  })

  it('pays the landlord each instalment of the contract on its day, no earlier', async () => {
    await put({ payTo: 'landlord', subsidyFen: 600_000, areaM2: null, startOn: null, finishBy: null }, 'rent_swap')
    const contractFileId = await document(USERS.townshipA._id)
    const rental = {
      action: 'setRental',
      caseId: 'case-1',
      name: '李四',
      bank: '农商行',
      accountNo: '6222000033334444',
      contractFileId,
    }
    const wrongTotal = await refused('funds', USERS.townshipA._id, {
      ...rental,
      instalments: [{ dueOn: '2026-11-20', amountFen: 100_000 }],
    })
    expect(wrongTotal.message).toContain('应等于协议约定的¥6,000.00')
    const instalments = [
      { dueOn: '2026-11-20', amountFen: 200_000 },
      { dueOn: '2027-02-20', amountFen: 200_000 },
      { dueOn: '2027-05-20', amountFen: 200_000 },
    ]
    dataOf(await funds(USERS.townshipA._id, { ...rental, instalments }))
    const waiting = dataOf(await funds(USERS.finance._id, { action: 'allocatable', kind: 'contract' }))
    expect(waiting.items).toEqual([expect.objectContaining({ caseId: 'case-1', amountFen: 600_000 })])
    const sent = dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'contract', caseIds: ['case-1'] }))
    expect(sent.items[0]).toMatchObject({ amountFen: 600_000, linesDue: 3 })

    const rows = await payDue('rental-key-1')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.slice(2, 6)).toEqual(['李四', '6222000033334444', '农商行', '2000.00'])
    expect((await lastMessage())!.body).toContain('支付给出租方')
    const mine = dataOf(await t.call('payment', USERS.farmer._id, { action: 'mine' }))
    expect(mine.timeline[0]).toMatchObject({ totalFen: 600_000, receivedFen: 200_000, toComeFen: 400_000 })
  })

  it('a new one-card account counts only once the township confirms it; the request and the decision are audited', async () => {
    await put({ payTo: 'household' })
    const asked = dataOf(
      await funds(USERS.farmer._id, {
        action: 'requestAccountChange',
        bank: '邮储银行',
        accountNo: '6221880000001111',
        holder: '张三',
        reason: '原一卡通丢失，已挂失补办',
      }),
    )
    expect(asked).toMatchObject({ status: 'pending', accountMasked: '**** 1111' })
    expect(JSON.stringify(asked)).not.toContain('6221880000001111')
    expect(
      (
        await refused('funds', USERS.villageB1._id, {
          action: 'requestAccountChange',
          householdId: 'hh-1',
          bank: '邮储银行',
          accountNo: '6221880000002222',
          holder: '张三',
          reason: '补办',
        })
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (
        await refused('funds', USERS.farmer._id, {
          action: 'requestAccountChange',
          bank: '邮储银行',
          accountNo: '6221880000002222',
          holder: '张三',
          reason: '再换',
        })
      ).code,
    ).toBe('INVALID_TRANSITION')

    dataOf(await t.call('works', USERS.townshipA._id, { action: 'record', caseId: 'case-1', milestone: 'start' }))
    dataOf(await funds(USERS.finance._id, { action: 'allocate', kind: 'start', caseIds: ['case-1'] }))
    const queue = dataOf(await funds(USERS.townshipA._id, { action: 'accountChanges' }))
    expect(queue.items.map((a: { _id: string }) => a._id)).toEqual([asked._id])
    expect(
      (await refused('funds', USERS.townshipB._id, { action: 'decideAccountChange', changeId: asked._id, approve: true })).code,
    ).toBe('NOT_FOUND')
    expect(
      (await refused('funds', USERS.townshipA._id, { action: 'decideAccountChange', changeId: asked._id, approve: false })).code,
    ).toBe('BAD_INPUT')
    dataOf(
      await funds(USERS.townshipA._id, {
        action: 'decideAccountChange',
        changeId: asked._id,
        approve: true,
        comment: '已核对存折',
      }),
    )
    expect((await col(t.world.store, 'households').doc('hh-1').get())!.account).toMatchObject({ accountNo: '6221880000001111' })
    const rows = await payDue('new-account-1')
    expect(rows[0]![3]).toBe('6221880000001111')
    const trail = await col(t.world.store, 'audit').where({ call: 'funds.decideAccountChange' }).limit(5).get()
    expect(trail).toHaveLength(1)
  })
})

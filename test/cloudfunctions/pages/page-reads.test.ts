import { dataOf, type WorldCall, withWorld } from '../call'
import { aStoredFile } from '../../factories/upload.factory'
import { villageApproves } from '../meeting'
import { USERS } from '../../factories/world.factory'
import { anAllocation } from '../../factories/funds.factory'

/** The reads the farmer's and officials' pages need: payment.summary, review.counts, inbox urgency, photos, next step. */
describe('page reads', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  const submit = async (photoIds: string[] = []) =>
    dataOf(
      await call('application', USERS.farmer._id, {
        action: 'submit',
        houseId: 'house-1',
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '土坯房墙体开裂，屋顶漏雨',
        photoIds,
      }),
    )
  const approve = (openid: string, caseId: string) =>
    call('review', openid, { action: 'decide', caseId, decision: 'approve', comment: '' })

  async function approveAll(c: { _id: string }) {
    dataOf(await villageApproves(t.world, call, USERS.villageA1._id, c._id))
    t.world.clock.moveTo('2026-12-01')
    dataOf(await approve(USERS.townshipA._id, c._id))
    t.world.clock.moveTo('2026-12-09')
    dataOf(await approve(USERS.county._id, c._id))
  }

  it('payment.summary: nothing to come before approval, then cap − paid and the next stage', async () => {
    const c = await submit()
    const before = dataOf(await call('payment', USERS.farmer._id, { action: 'summary' }))
    expect(before.items).toEqual([
      expect.objectContaining({ caseId: c._id, capFen: null, paidFen: 0, remainingFen: null, nextStage: null }),
    ])

    await approveAll(c)
    const after = dataOf(await call('payment', USERS.farmer._id, { action: 'summary' })).items[0]
    expect(after).toMatchObject({ capFen: 1_700_000, paidFen: 0, remainingFen: 1_700_000, nextStage: 'start' })
    await anAllocation(t.world.store, c._id, 500_000)

    dataOf(
      await call('payment', USERS.finance._id, {
        action: 'record',
        caseId: c._id,
        amountFen: 500_000,
        stage: 'start',
        fundingSource: 'higher_level',
        paidOn: '2026-12-09',
        voucherNo: 'CZ-2026-0001',
      }),
    )
    const paid = dataOf(await call('payment', USERS.farmer._id, { action: 'summary' })).items[0]
    expect(paid).toMatchObject({ paidFen: 500_000, remainingFen: 1_200_000, nextStage: 'structure' })
    expect(paid.stages).toEqual([
      { stage: 'start', label: '开工启动资金', paidFen: 500_000, expected: false },
      { stage: 'structure', label: '主体完工进度款', paidFen: 0, expected: true },
      { stage: 'acceptance', label: '竣工验收进度款', paidFen: 0, expected: true },
      { stage: 'settlement', label: '结算尾款', paidFen: 0, expected: true },
    ])
    // payment.mine: the list of payments, newest first.
    expect(dataOf(await call('payment', USERS.farmer._id, { action: 'mine' })).items).toHaveLength(1)
  })

  it('payment.summary is for farmers only', async () => {
    expect(await call('payment', USERS.finance._id, { action: 'summary' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('review.counts counts what waits for the caller’s level in their jurisdiction', async () => {
    expect(dataOf(await call('review', USERS.villageA1._id, { action: 'counts' }))).toEqual({ inbox: 0 })
    await submit()
    expect(dataOf(await call('review', USERS.villageA1._id, { action: 'counts' }))).toEqual({ inbox: 1 })
    expect(dataOf(await call('review', USERS.villageB1._id, { action: 'counts' }))).toEqual({ inbox: 0 })
    expect(await call('review', USERS.farmer._id, { action: 'counts' })).toMatchObject({ ok: false })
  })

  it('inbox cards say how many working days a case has waited and when it is overdue', async () => {
    const c = await submit()
    const fresh = dataOf(await call('review', USERS.villageA1._id, { action: 'inbox' })).items[0]
    expect(fresh).toMatchObject({ _id: c._id, enteredOn: '2026-11-23', urgency: { waitingDays: 0, overdue: false } })
    // 2026-11-23 is a Monday: ten working days later is 2026-12-07, the eleventh 2026-12-08.
    t.world.clock.moveTo('2026-12-07')
    const due = dataOf(await call('review', USERS.villageA1._id, { action: 'inbox' })).items[0]
    expect(due.urgency).toEqual({ waitingDays: 10, limitDays: 10, overdue: false })
    t.world.clock.moveTo('2026-12-08')
    const late = dataOf(await call('review', USERS.villageA1._id, { action: 'inbox' })).items[0]
    expect(late.urgency).toEqual({ waitingDays: 11, limitDays: 10, overdue: true })
  })

  it('the township is not late for the days the publicity held the case', async () => {
    const c = await submit()
    dataOf(await villageApproves(t.world, call, USERS.villageA1._id, c._id))
    t.world.clock.moveTo('2026-12-01')
    const item = dataOf(await call('review', USERS.townshipA._id, { action: 'inbox' })).items[0]
    expect(item).toMatchObject({ enteredOn: '2026-11-23', publicityClosesOn: '2026-11-30' })
    expect(item.urgency).toMatchObject({ waitingDays: 6, overdue: false })
  })

  it('application.photos gives the case’s photos with URLs, to those who may see the case', async () => {
    const photo = dataOf(
      await call('user', USERS.farmer._id, { action: 'registerUpload', fileId: await aStoredFile(t.world.deps.files) }),
    ).id as string
    const c = await submit([photo])
    const photos = dataOf(await call('application', USERS.villageA1._id, { action: 'photos', caseId: c._id }))
    expect(photos).toEqual([{ id: photo, url: expect.any(String) }])
    expect(photos[0].url.length).toBeGreaterThan(0)
    const outsider = await call('application', USERS.villageB1._id, { action: 'photos', caseId: c._id })
    expect(outsider).toMatchObject({ ok: false })
  })

  it('the case detail tells the next step and how many working days it usually takes', async () => {
    const c = await submit()
    const detail = dataOf(await call('application', USERS.farmer._id, { action: 'detail', caseId: c._id }))
    expect(detail.nextStep).toEqual({ label: '村委会评议', withinWorkingDays: 10 })
  })

  it('the application form offers only the modes the house allows', async () => {
    const own = dataOf(await call('application', USERS.farmer._id, { action: 'myHousehold' }))
    const house = own.houses.find((h: { _id: string }) => h._id === 'house-1')
    expect(house.grade).toBe('C')
    expect(house.modes).toEqual(['repair', 'public_rental', 'rent_swap', 'resettle'])
    expect(house.modes).not.toContain('rebuild')
  })
})

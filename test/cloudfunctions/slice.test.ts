import { containsSensitive } from '@shared/domain/masking'
import { USERS, PATHS } from '../factories/world.factory'
import { dataOf, withWorld, type WorldCall } from './call'
import { aMeeting, villageApproves } from './meeting'
import { anAllocation } from '../factories/funds.factory'

/** The walking skeleton's slice, through the real handlers and the embedded database. */
describe('apply → village review → publicity → township audit → county approval → payment → notice', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  it('runs the whole slice and tells the farmer the money arrived', async () => {
    const submitted = dataOf(
      await call('application', USERS.farmer._id, {
        action: 'submit',
        houseId: 'house-1',
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '土坯房墙体开裂，屋顶漏雨',
      }),
    )
    expect(submitted.state).toBe('submitted')
    expect(submitted.appliedBy).toBe('self')

    const villageInbox = dataOf(await call('review', USERS.villageA1._id, { action: 'inbox' }))
    expect(villageInbox.items.map((c: { _id: string }) => c._id)).toEqual([submitted._id])

    const villageApproved = dataOf(
      await call('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: submitted._id,
        decision: 'approve',
        comment: '村民代表会议评议通过',
        meeting: await aMeeting(t.world, call, USERS.villageA1._id),
      }),
    )
    expect(villageApproved.villageReview).toMatchObject({ attendance: 9, votesFor: 7, decision: 'approve' })
    expect(villageApproved.state).toBe('village_approved')
    expect(villageApproved.publicityClosesOn).toBe('2026-11-30')

    const board = dataOf(await call('publicity', 'anyone-at-all', { action: 'board', regionPath: PATHS.villageA1 }))
    expect(board.items).toHaveLength(1)
    expect(board.items[0]).toMatchObject({ maskedName: '张*', opensOn: '2026-11-24', closesOn: '2026-11-30', running: true })
    expect(containsSensitive(JSON.stringify(board))).toBe(false)
    expect(JSON.stringify(board)).not.toContain('张三')

    const early = await call('review', USERS.townshipA._id, {
      action: 'decide',
      caseId: submitted._id,
      decision: 'approve',
      comment: '',
    })
    expect(early).toMatchObject({ ok: false, error: { code: 'PUBLICITY_RUNNING', details: { closesOn: '2026-11-30' } } })

    t.world.clock.moveTo('2026-12-01')
    const townshipInbox = dataOf(await call('review', USERS.townshipA._id, { action: 'inbox' }))
    expect(townshipInbox.items).toHaveLength(1)
    dataOf(
      await call('review', USERS.townshipA._id, { action: 'decide', caseId: submitted._id, decision: 'approve', comment: '' }),
    )

    t.world.clock.moveTo('2026-12-09')
    const approved = dataOf(
      await call('review', USERS.county._id, { action: 'decide', caseId: submitted._id, decision: 'approve', comment: '' }),
    )
    expect(approved.state).toBe('county_approved')
    expect(approved.subsidyCapFen).toBe(1_700_000)

    // Finance sent the township the start-up money (funds.allocate, after the works start: test/cloudfunctions/funds).
    await anAllocation(t.world.store, submitted._id, 500_000)
    const payable = dataOf(await call('payment', USERS.finance._id, { action: 'payable' }))
    expect(payable.items.map((c: { _id: string }) => c._id)).toEqual([submitted._id])

    const payment = dataOf(
      await call('payment', USERS.finance._id, {
        action: 'record',
        caseId: submitted._id,
        amountFen: 500_000,
        stage: 'start',
        fundingSource: 'higher_level',
        paidOn: '2026-12-09',
        voucherNo: 'CZ-2026-0001',
      }),
    )
    expect(payment.payeeAccountMasked).toBe('**** 5678')
    expect(payment).not.toHaveProperty('recordedBy')

    const mine = dataOf(await call('payment', USERS.farmer._id, { action: 'mine' }))
    expect(mine.items).toHaveLength(1)
    expect(mine.items[0].amountFen).toBe(500_000)

    const messages = dataOf(await call('user', USERS.farmer._id, { action: 'messages' }))
    const funds = messages.items.find((m: { kind: string }) => m.kind === 'funds_arrived')
    expect(funds.body).toContain('¥5,000.00')
    expect(messages.items.filter((m: { kind: string }) => m.kind === 'case_update')).toHaveLength(3)

    const me = dataOf(await call('user', USERS.farmer._id, { action: 'me' }))
    expect(me.unread).toBe(4)
    dataOf(await call('user', USERS.farmer._id, { action: 'markRead', ids: [funds._id] }))
    expect(dataOf(await call('user', USERS.farmer._id, { action: 'me' })).unread).toBe(3)

    const detail = dataOf(await call('application', USERS.farmer._id, { action: 'detail', caseId: submitted._id }))
    expect(detail.case.paidFen).toBe(500_000)
    expect(detail.case.history.map((h: { to: string }) => h.to)).toEqual([
      'submitted',
      'village_approved',
      'township_approved',
      'county_approved',
    ])
    expect(detail.notices).toHaveLength(3)
    expect(detail.allowedEvents).toEqual(['choose_plan', 'resettle'])
  })

  it('lets the village committee apply for a household that cannot', async () => {
    const c = dataOf(
      await call('application', USERS.villageB1._id, {
        action: 'submit',
        householdId: 'hh-3',
        houseId: 'house-3',
        targetGroup: 'poor_disabled',
        mode: 'rebuild',
        reason: '房屋主体结构严重损坏',
        proxyReason: '户主失能，村委会代为申请',
      }),
    )
    expect(c).toMatchObject({
      appliedBy: 'village',
      householdId: 'hh-3',
      applicantName: '马六',
      proxy: { officialId: USERS.villageB1._id, officialName: USERS.villageB1.name, reason: '户主失能，村委会代为申请' },
    })
  })

  it('sends a returned case back to the village after the farmer amends it', async () => {
    const c = dataOf(
      await call('application', USERS.farmer._id, {
        action: 'submit',
        houseId: 'house-1',
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '房屋开裂',
      }),
    )
    dataOf(
      await call('review', USERS.villageA1._id, { action: 'decide', caseId: c._id, decision: 'return', comment: '请补充照片' }),
    )
    const again = dataOf(
      await call('application', USERS.farmer._id, { action: 'resubmit', caseId: c._id, reason: '房屋开裂，已补充照片' }),
    )
    expect(again.state).toBe('submitted')
    expect(again.history.map((h: { event: string }) => h.event)).toEqual(['submit', 'return', 'resubmit'])
  })

  it('frees the household for a new application once a case is rejected', async () => {
    const c = dataOf(
      await call('application', USERS.farmer._id, {
        action: 'submit',
        houseId: 'house-1',
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '房屋开裂',
      }),
    )
    dataOf(
      await call('review', USERS.villageA1._id, {
        action: 'decide',
        caseId: c._id,
        decision: 'reject',
        comment: '经评议不符合',
        meeting: await aMeeting(t.world, call, USERS.villageA1._id, { votesFor: 2, votesAgainst: 6 }),
      }),
    )
    const second = await call('application', USERS.farmer._id, {
      action: 'submit',
      houseId: 'house-1',
      targetGroup: 'min_allowance',
      mode: 'repair',
      reason: '再次申请',
    })
    expect(second.ok).toBe(true)
  })

  it('pages the board with a cursor, newest first', async () => {
    for (const [user, house, mode, group] of [
      [USERS.farmer, 'house-1', 'repair', 'min_allowance'],
      [USERS.farmer2, 'house-2', 'rebuild', 'poor_registered'],
    ] as const) {
      const c = dataOf(
        await call('application', user._id, { action: 'submit', houseId: house, targetGroup: group, mode, reason: '房屋危险' }),
      )
      const official = user === USERS.farmer ? USERS.villageA1 : USERS.villageA2
      dataOf(await villageApproves(t.world, call, official._id, c._id, ''))
    }
    const first = dataOf(await call('publicity', 'x', { action: 'board', regionPath: PATHS.townshipA, limit: 1 }))
    expect(first.items[0].maskedName).toBe('王*')
    expect(first.next).not.toBeNull()
    const second = dataOf(
      await call('publicity', 'x', { action: 'board', regionPath: PATHS.townshipA, limit: 1, after: first.next }),
    )
    expect(second.items[0].maskedName).toBe('张*')
    expect(second.next).toBeNull()
  })
})

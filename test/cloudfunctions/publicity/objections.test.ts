import { pathOf } from '@shared/routes'
import { villageApproves } from '../meeting'
import { containsSensitive } from '@shared/domain/masking'
import { col } from '@shared/usecases/collections'
import { aStoredFile } from '../../factories/upload.factory'
import { USERS } from '../../factories/world.factory'
import { dataOf, withWorld, type WorldCall } from '../call'

/** Publicity and objections through the real handlers and the embedded database (village A1, township A). */
describe('publicity notices and objections', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)
  const visitor = 'wx-visitor-1'

  /** The farmer's case, approved by the village today: its notice runs 2026-11-24 … 2026-11-30. */
  async function publicised(): Promise<{ caseId: string; noticeId: string }> {
    const c = dataOf(
      await call('application', USERS.farmer._id, {
        action: 'submit',
        houseId: 'house-1',
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '土坯房墙体开裂，屋顶漏雨',
      }),
    )
    dataOf(await villageApproves(t.world, call, USERS.villageA1._id, c._id))
    const notices = await col(t.world.store, 'notices').where({ caseId: c._id }).limit(10).get()
    return { caseId: c._id, noticeId: notices[0]!._id }
  }

  const object = (openid: string | null, noticeId: string, extra: Record<string, unknown> = {}) =>
    call('publicity', openid, { action: 'object', noticeId, reason: '该户在县城另有一套住房', ...extra })

  const resolve = (objectionId: string, extra: Record<string, unknown>) =>
    call('publicity', USERS.townshipA._id, {
      action: 'resolveObjection',
      objectionId,
      resolution: '经入户核实，情况属实',
      ...extra,
    })

  const caseOf = async (caseId: string) =>
    dataOf(await call('application', USERS.farmer._id, { action: 'detail', caseId })).case as {
      state: string
      openObjections: number
      history: Array<{ event: string; comment: string }>
    }

  it('opens a notice for each of the three stages, for the profile’s working days, counted over National Day and its 调休', async () => {
    t.world.clock.moveTo('2026-09-30')
    const { caseId, noticeId } = await publicised()
    const notice = dataOf(await call('publicity', null, { action: 'notice', noticeId }))
    // 10-01..10-07 are holidays; Saturday 10-10 is a make-up working day.
    expect(notice).toMatchObject({ postedOn: '2026-09-30', opensOn: '2026-10-08', closesOn: '2026-10-13', workingDaysLeft: 5 })
    t.world.clock.moveTo('2026-10-11')
    expect(dataOf(await call('publicity', null, { action: 'notice', noticeId })).workingDaysLeft).toBe(2)

    t.world.clock.moveTo('2026-10-14')
    dataOf(await call('review', USERS.townshipA._id, { action: 'decide', caseId, decision: 'approve', comment: '' }))
    t.world.clock.moveTo('2026-10-22')
    const approved = dataOf(
      await call('review', USERS.county._id, { action: 'decide', caseId, decision: 'approve', comment: '' }),
    )
    const board = dataOf(await call('publicity', null, { action: 'board', limit: 10 }))
    expect(board.items.map((n: { stage: string }) => n.stage)).toEqual(['county_approval', 'township_audit', 'village_review'])
    expect(board.items[0]).toMatchObject({ opensOn: '2026-10-23', closesOn: '2026-10-29', workingDaysLeft: 5, running: true })
    expect(board.items[0].amountFen).toBe(approved.subsidyCapFen)
  })

  it('shows the masked name, village, target group, grade, mode and amount on the shared notice, and no number of a person', async () => {
    const { noticeId } = await publicised()
    const answer = await call('publicity', null, { action: 'notice', noticeId })
    expect(dataOf(answer)).toMatchObject({
      maskedName: '张*',
      villageName: '甲一村',
      targetGroupLabel: '低保户',
      gradeLabel: 'C级危房',
      modeLabel: '加固改造',
      amountFen: 1_700_000,
      acceptsObjections: true,
    })
    const text = JSON.stringify(answer)
    expect(text).not.toContain('张三')
    expect(containsSensitive(text)).toBe(false)
    expect(await call('publicity', null, { action: 'notice', noticeId: 'no-such-notice' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('takes an objection only during the window, through its last day', async () => {
    const { noticeId } = await publicised()
    t.world.clock.moveTo('2026-11-30')
    expect(dataOf(await object(visitor, noticeId)).state).toBe('open')
    t.world.clock.moveTo('2026-12-01')
    expect(await object(visitor, noticeId)).toMatchObject({
      ok: false,
      error: { code: 'PUBLICITY_CLOSED', details: { closesOn: '2026-11-30' } },
    })
  })

  it('needs an identity to object, and a caller without one has no objections', async () => {
    const { noticeId } = await publicised()
    expect(await object(null, noticeId)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(dataOf(await call('publicity', null, { action: 'myObjections' }))).toEqual({ items: [], next: null })
  })

  it('holds the case: the township cannot approve after the window while an objection is open', async () => {
    const { caseId, noticeId } = await publicised()
    dataOf(await object(visitor, noticeId))
    expect((await caseOf(caseId)).openObjections).toBe(1)
    t.world.clock.moveTo('2026-12-01')
    const held = await call('review', USERS.townshipA._id, { action: 'decide', caseId, decision: 'approve', comment: '' })
    expect(held).toMatchObject({ ok: false, error: { code: 'OBJECTION_OPEN', details: { openObjections: 1 } } })
  })

  it('returns the case to the applicant when an objection is upheld, and tells the objector and the household', async () => {
    const { caseId, noticeId } = await publicised()
    const raised = dataOf(await object(USERS.farmer2._id, noticeId))
    const resolved = dataOf(await resolve(raised._id, { decision: 'upheld', outcome: 'return' }))
    expect(resolved).toMatchObject({ state: 'upheld', resolution: { outcomeLabel: '退回申请人补正', byName: '周镇' } })
    const c = await caseOf(caseId)
    expect(c).toMatchObject({ state: 'returned', openObjections: 0 })
    expect(c.history.at(-1)).toMatchObject({ event: 'objection_return', comment: '异议成立：经入户核实，情况属实' })

    const mine = dataOf(await call('publicity', USERS.farmer2._id, { action: 'myObjections' }))
    expect(mine.items[0]).toMatchObject({
      state: 'upheld',
      resolution: { outcomeLabel: '退回申请人补正', text: '经入户核实，情况属实' },
    })
    const told = dataOf(await call('user', USERS.farmer2._id, { action: 'messages' }))
    expect(told.items[0]).toMatchObject({ kind: 'objection_resolved', page: pathOf('myObjections') })
    expect(told.items[0].body).toContain('经入户核实，情况属实')
    const household = dataOf(await call('user', USERS.farmer._id, { action: 'messages' }))
    expect(household.items[0].body).toContain('退回补正')
  })

  it('rejects the case when an objection is upheld with a rejection', async () => {
    const { caseId, noticeId } = await publicised()
    const raised = dataOf(await object(visitor, noticeId))
    dataOf(await resolve(raised._id, { decision: 'upheld', outcome: 'reject' }))
    expect((await caseOf(caseId)).state).toBe('rejected')
    expect(await resolve(raised._id, { decision: 'dismissed' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    })
  })

  it('lets the case continue once its objection is dismissed', async () => {
    const { caseId, noticeId } = await publicised()
    const raised = dataOf(await object(visitor, noticeId))
    const resolved = dataOf(await resolve(raised._id, { decision: 'dismissed' }))
    expect(resolved).toMatchObject({ state: 'dismissed', resolution: { outcomeLabel: null } })
    expect(await caseOf(caseId)).toMatchObject({ state: 'village_approved', openObjections: 0 })
    t.world.clock.moveTo('2026-12-01')
    const approved = await call('review', USERS.townshipA._id, { action: 'decide', caseId, decision: 'approve', comment: '' })
    expect(dataOf(approved).state).toBe('township_approved')
    const mine = dataOf(await call('publicity', visitor, { action: 'myObjections' }))
    expect(mine.items[0]).toMatchObject({ state: 'dismissed', stateLabel: '异议不成立' })
  })

  it('asks which way an upheld objection goes', async () => {
    const { noticeId } = await publicised()
    const raised = dataOf(await object(visitor, noticeId))
    expect(await resolve(raised._id, { decision: 'upheld' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('shows the township who objected only when the objection is not anonymous, and never the village committee', async () => {
    const { noticeId } = await publicised()
    dataOf(await object(USERS.farmer2._id, noticeId, { contactPhone: '13900002222' }))
    dataOf(await object(USERS.villageA2._id, noticeId, { anonymous: true, contactPhone: '13900003333' }))
    const inbox = dataOf(await call('publicity', USERS.townshipA._id, { action: 'objections' }))
    expect(inbox.items.map((o: { anonymous: boolean }) => o.anonymous)).toEqual([false, true])
    expect(inbox.items[0].objector).toEqual({ id: USERS.farmer2._id, name: '王五', phone: '13900002222' })
    expect(inbox.items[1].objector).toBeNull()
    expect(JSON.stringify(inbox.items[1])).not.toContain(USERS.villageA2._id)
    expect(JSON.stringify(inbox)).not.toContain('13900003333')

    const village = dataOf(await call('publicity', USERS.villageA1._id, { action: 'objections' }))
    expect(village.items.map((o: { objector: unknown }) => o.objector)).toEqual([null, null])
    const mine = dataOf(await call('publicity', USERS.farmer2._id, { action: 'myObjections' }))
    expect(JSON.stringify(mine)).not.toContain(USERS.farmer2._id)
  })

  it('keeps objections to the township of the case', async () => {
    const { caseId, noticeId } = await publicised()
    const raised = dataOf(await object(visitor, noticeId))
    const other = dataOf(await call('publicity', USERS.townshipB._id, { action: 'objections' }))
    expect(other.items).toEqual([])
    const outside = await call('publicity', USERS.townshipB._id, {
      action: 'resolveObjection',
      objectionId: raised._id,
      decision: 'dismissed',
      resolution: '经核实不属实',
    })
    expect(outside).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(JSON.stringify(outside)).not.toContain('371311.101')
    expect(await call('publicity', USERS.townshipB._id, { action: 'objections', caseId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const ofCase = dataOf(await call('publicity', USERS.county._id, { action: 'objections', caseId }))
    expect(ofCase.items.map((o: { _id: string }) => o._id)).toEqual([raised._id])
  })

  it('writes the resolution on the case’s audit trail', async () => {
    const { caseId, noticeId } = await publicised()
    const raised = dataOf(await object(visitor, noticeId))
    dataOf(await resolve(raised._id, { decision: 'dismissed' }))
    const trail = dataOf(await call('admin', USERS.county._id, { action: 'auditTrail', caseId, limit: 10 }))
    const calls = trail.items.map((e: { call: string }) => e.call)
    expect(calls.slice(0, 2)).toEqual(['publicity.resolveObjection', 'publicity.object'])
    const resolution = trail.items[0].changes.find((c: { collection: string }) => c.collection === 'objections')
    expect(resolution.after).toMatchObject({ state: 'dismissed', resolution: { text: '经入户核实，情况属实' } })
  })

  it('keeps an anonymous objector off the county’s audit trail screen', async () => {
    const { caseId, noticeId } = await publicised()
    dataOf(await object(USERS.farmer2._id, noticeId, { anonymous: true }))
    const trail = dataOf(await call('admin', USERS.county._id, { action: 'auditTrail', caseId, limit: 10 }))
    expect(trail.items[0]).toMatchObject({ call: 'publicity.object', actor: { id: null, role: 'public' } })
    expect(JSON.stringify(trail)).not.toContain(USERS.farmer2._id)
    expect(JSON.stringify(trail)).not.toContain(USERS.farmer2.name)
  })

  it('attaches the objector’s own photos to the objection, and refuses another person’s', async () => {
    const { noticeId } = await publicised()
    const photoOf = async (openid: string) =>
      dataOf(await call('user', openid, { action: 'registerUpload', fileId: await aStoredFile(t.world.deps.files) })).id as string
    const own = await photoOf(USERS.farmer2._id)
    const raised = dataOf(await object(USERS.farmer2._id, noticeId, { photoIds: [own] }))
    expect(await col(t.world.store, 'uploads').doc(own).get()).toMatchObject({
      attachedTo: { collection: 'objections', id: raised._id },
    })
    const inbox = dataOf(await call('publicity', USERS.townshipA._id, { action: 'objections' }))
    expect(inbox.items[0].photoIds).toEqual([own])
    const shown = dataOf(await call('publicity', USERS.townshipA._id, { action: 'objectionPhotos', objectionId: raised._id }))
    expect(shown.map((p: { id: string }) => p.id)).toEqual([own])
    expect(await call('publicity', USERS.townshipB._id, { action: 'objectionPhotos', objectionId: raised._id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const foreign = await photoOf(USERS.villageA2._id)
    expect(await object(visitor, noticeId, { photoIds: [foreign] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    })
  })

  it('takes no objection to a notice whose case has moved on', async () => {
    const { caseId, noticeId } = await publicised()
    dataOf(
      await call('review', USERS.townshipA._id, { action: 'decide', caseId, decision: 'reject', comment: '经核实该户另有住房' }),
    )
    expect(await object(visitor, noticeId)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })

  it('takes one open objection per person and notice', async () => {
    const { noticeId } = await publicised()
    const first = dataOf(await object(visitor, noticeId))
    expect(await object(visitor, noticeId)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION', details: { objectionId: first._id } },
    })
    dataOf(await resolve(first._id, { decision: 'dismissed' }))
    expect(dataOf(await object(visitor, noticeId)).state).toBe('open')
  })

  it('lists the open objections oldest first, in pages', async () => {
    const { noticeId } = await publicised()
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push(dataOf(await object(`wx-visitor-${i}`, noticeId))._id)
    const first = dataOf(await call('publicity', USERS.townshipA._id, { action: 'objections', limit: 2 }))
    const second = dataOf(await call('publicity', USERS.townshipA._id, { action: 'objections', limit: 2, after: first.next }))
    expect([...first.items, ...second.items].map((o: { _id: string }) => o._id)).toEqual(ids)
    expect(second.next).toBeNull()
    expect(first.items[0].workingDaysLeft).toBe(5)
  })
})

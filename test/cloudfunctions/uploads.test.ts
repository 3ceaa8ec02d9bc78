import { DAILY_UPLOAD_QUOTA } from '@shared/domain/upload-rules'
import { col } from '@shared/usecases/collections'
import { dataOf, withWorld, type WorldCall } from './call'
import { aStoredFile, PDF_BYTES, PNG_BYTES } from '../factories/upload.factory'
import { snapshot, USERS } from '../factories/world.factory'

/** user.registerUpload and the photo ids of application.submit / resubmit, called as CloudBase does. */
describe('uploads as evidence', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  const register = async (openid: string, bytes?: Uint8Array, kind?: 'photo' | 'document') =>
    call('user', openid, {
      action: 'registerUpload',
      fileId: await aStoredFile(t.world.deps.files, bytes),
      ...(kind ? { kind } : {}),
    })
  const photoOf = async (openid: string) => dataOf(await register(openid)).id as string
  const submit = (openid: string, photoIds: string[]) =>
    call('application', openid, {
      action: 'submit',
      houseId: 'house-1',
      targetGroup: 'min_allowance',
      mode: 'repair',
      reason: '土坯房墙体开裂，屋顶漏雨',
      photoIds,
    })

  it('records a stored photo with the sniffed type, owned by the caller, once', async () => {
    const fileId = await aStoredFile(t.world.deps.files, PNG_BYTES(100), 'looks-like.jpg')
    const first = dataOf(await call('user', USERS.farmer._id, { action: 'registerUpload', fileId }))
    expect(first).toMatchObject({ kind: 'photo', contentType: 'image/png', size: 100 })
    expect(await col(t.world.store, 'uploads').doc(first.id).get()).toMatchObject({
      fileId,
      ownerId: USERS.farmer._id,
      day: '2026-11-23',
      attachedTo: null,
    })
    expect(dataOf(await call('user', USERS.farmer._id, { action: 'registerUpload', fileId }))).toEqual(first)
    const foreign = await call('user', USERS.farmer2._id, { action: 'registerUpload', fileId })
    expect(foreign).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect((await col(t.world.store, 'uploads').doc(first.id).get())?.ownerId).toBe(USERS.farmer._id)
  })

  it('refuses empty, unknown and disguised files, and a PDF where a photo is asked for; removes what it refused', async () => {
    for (const bytes of [new Uint8Array(), new TextEncoder().encode('<html>'), PDF_BYTES()]) {
      const fileId = await aStoredFile(t.world.deps.files, bytes, 'photo.jpg')
      const res = await call('user', USERS.farmer._id, { action: 'registerUpload', fileId })
      expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
      expect(await t.world.deps.files.get(fileId)).toBeNull()
    }
    expect(dataOf(await register(USERS.farmer._id, PDF_BYTES(), 'document'))).toMatchObject({ kind: 'document' })
    const gone = await call('user', USERS.farmer._id, { action: 'registerUpload', fileId: 'cloud://nowhere/x.jpg' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: '找不到上传的文件，请重新上传' } })
  })

  it('stops at the daily quota in plain Chinese, and starts again the next day', async () => {
    for (let i = 0; i < DAILY_UPLOAD_QUOTA.files; i++) dataOf(await register(USERS.farmer._id))
    const over = await register(USERS.farmer._id)
    expect(over).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(!over.ok && over.error.message).toMatch(/已达上限/)
    expect(dataOf(await register(USERS.farmer2._id))).toMatchObject({ kind: 'photo' })
    t.world.clock.moveTo('2026-11-24')
    expect(dataOf(await register(USERS.farmer._id))).toMatchObject({ kind: 'photo' })
  })

  it('attaches the caller’s photos to the new case in the same write', async () => {
    const a = await photoOf(USERS.farmer._id)
    const b = await photoOf(USERS.farmer._id)
    const c = dataOf(await submit(USERS.farmer._id, [a, b, a]))
    expect(c.photoIds).toEqual([a, b])
    for (const id of [a, b]) {
      expect((await col(t.world.store, 'uploads').doc(id).get())?.attachedTo).toEqual({ collection: 'cases', id: c._id })
    }
  })

  it.each([
    ['a made-up id', async () => 'not-an-upload'],
    ['a string that is no id at all', async () => 'cloud://env/other/photo.jpg'],
    ['another person’s upload', async (w: { photoOf: (o: string) => Promise<string> }) => w.photoOf(USERS.farmer2._id)],
  ])('refuses %s and changes nothing', async (_name, make) => {
    const foreign = await make({ photoOf })
    const before = await snapshot(t.world.store)
    const res = await submit(USERS.farmer._id, [foreign])
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(!res.ok && res.error.message).toMatch(/照片无效，请重新上传/)
    expect(await snapshot(t.world.store)).toEqual(before)
  })

  it('refuses the caller’s own photo once it is evidence of another case', async () => {
    const photo = await photoOf(USERS.farmer._id)
    await col(t.world.store, 'uploads')
      .doc(photo)
      .update({ attachedTo: { collection: 'cases', id: 'case-elsewhere' } })
    const res = await submit(USERS.farmer._id, [photo])
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { field: 'photoIds' } } })
  })

  it('on resubmit keeps the case’s own photos, adds new ones of the caller, and refuses foreign ones', async () => {
    const first = await photoOf(USERS.farmer._id)
    const c = dataOf(await submit(USERS.farmer._id, [first]))
    dataOf(
      await call('review', USERS.villageA1._id, { action: 'decide', caseId: c._id, decision: 'return', comment: '请补充照片' }),
    )
    const foreign = await photoOf(USERS.farmer2._id)
    const before = await snapshot(t.world.store)
    const refused = await call('application', USERS.farmer._id, {
      action: 'resubmit',
      caseId: c._id,
      reason: '已补充屋顶照片',
      photoIds: [first, foreign],
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { field: 'photoIds' } } })
    expect(await snapshot(t.world.store)).toEqual(before)

    const added = await photoOf(USERS.farmer._id)
    const after = dataOf(
      await call('application', USERS.farmer._id, {
        action: 'resubmit',
        caseId: c._id,
        reason: '已补充屋顶照片',
        photoIds: [first, added],
      }),
    )
    expect(after.photoIds).toEqual([first, added])
    expect((await col(t.world.store, 'uploads').doc(added).get())?.attachedTo).toEqual({ collection: 'cases', id: c._id })
  })

  it('leaves the photos alone on a resubmit without photoIds', async () => {
    const first = await photoOf(USERS.farmer._id)
    const c = dataOf(await submit(USERS.farmer._id, [first]))
    dataOf(
      await call('review', USERS.villageA1._id, { action: 'decide', caseId: c._id, decision: 'return', comment: '请补充说明' }),
    )
    const after = dataOf(
      await call('application', USERS.farmer._id, { action: 'resubmit', caseId: c._id, reason: '已补充说明情况' }),
    )
    expect(after.photoIds).toEqual([first])
  })
})

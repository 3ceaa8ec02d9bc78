import { openSession, identityOf } from '@shared/usecases/auth/sessions'
import { col, withoutId } from '@shared/usecases/collections'
import { aUser } from '../../factories/user.factory'
import { aWorld, PATHS, USERS, type World } from '../../factories/world.factory'
import { caller, dataOf } from '../call'

const ADMIN = aUser({ _id: 'u-admin', name: '孟丽', role: 'admin', regionPath: PATHS.county, householdId: undefined })
const OTHER_ADMIN = aUser({ _id: 'u-admin-2', name: '外县', role: 'admin', regionPath: '371312', householdId: undefined })
const staff = (over: Record<string, unknown>) => ({
  action: 'createUser',
  name: '新人',
  phone: '13812345678',
  role: 'village',
  regionPath: PATHS.villageA1,
  ...over,
})

describe('admin: users, roles and jurisdictions of the county', () => {
  let world: World
  let call: ReturnType<typeof caller>
  beforeEach(async () => {
    world = await aWorld()
    call = caller(world)
    for (const u of [ADMIN, OTHER_ADMIN]) await col(world.store, 'users').doc(u._id).set(withoutId(u))
  })
  afterEach(() => world.close())

  it('is for administrators only', async () => {
    for (const u of [USERS.county, USERS.villageA1, USERS.farmer]) {
      expect(await call('admin', u._id, { action: 'users' })).toMatchObject({ error: { code: 'FORBIDDEN' } })
    }
  })

  it('lists the users of its own county, paged and by role', async () => {
    const all = dataOf<any>(await call('admin', ADMIN._id, { action: 'users', limit: 100 }))
    expect(all.items.map((u: { _id: string }) => u._id)).not.toContain(OTHER_ADMIN._id)
    expect(all.items).toHaveLength(new Set([...Object.values(USERS).map((u) => u._id), ADMIN._id]).size)
    const villages = dataOf<any>(await call('admin', ADMIN._id, { action: 'users', role: 'village', limit: 2 }))
    expect(villages.items).toHaveLength(2)
    const rest = dataOf<any>(await call('admin', ADMIN._id, { action: 'users', role: 'village', after: villages.next }))
    expect(rest).toMatchObject({ items: [{ role: 'village' }], next: null })
  })

  it.each([
    ['a farmer', { role: 'farmer' }],
    ['a village official on a township', { regionPath: PATHS.townshipA }],
    ['a township official on a village', { role: 'township' }],
    ['a county official below the county', { role: 'county' }],
    ['someone in another county', { role: 'finance', regionPath: '371312' }],
  ])('refuses %s', async (_what, over) => {
    expect(await call('admin', ADMIN._id, staff(over))).toMatchObject({ error: { code: 'BAD_INPUT' } })
    expect(await col(world.store, 'users').where({ name: '新人' }).count()).toBe(0)
  })

  it('names each region, keeping the code of a region the county has not named', async () => {
    await col(world.store, 'users')
      .doc('u-unnamed')
      .set(withoutId(aUser({ _id: 'u-unnamed', role: 'village', regionPath: `${PATHS.townshipA}.299`, householdId: undefined })))
    const all = dataOf<any>(await call('admin', ADMIN._id, { action: 'users', limit: 100 }))
    const byId = new Map(all.items.map((u: { _id: string }) => [u._id, u]))
    expect(byId.get(USERS.villageA1._id)).toMatchObject({ regionPath: PATHS.villageA1, regionName: '甲一村' })
    expect(byId.get(ADMIN._id)).toMatchObject({ regionName: '罗庄区' })
    expect(byId.get('u-unnamed')).toMatchObject({ regionName: `${PATHS.townshipA}.299` })
    const made = dataOf<any>(await call('admin', ADMIN._id, staff({ role: 'township', regionPath: PATHS.townshipB })))
    expect(made.user.regionName).toBe('乙镇')
  })

  it('creates staff at the level of their role, one account per phone', async () => {
    for (const over of [
      {},
      { role: 'township', regionPath: PATHS.townshipB, phone: '13812345679' },
      { role: 'finance', regionPath: PATHS.county, phone: '13812345670' },
    ]) {
      expect(dataOf<any>(await call('admin', ADMIN._id, staff(over))).bindCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    }
    expect(await call('admin', ADMIN._id, staff({ name: '重名' }))).toMatchObject({
      error: { code: 'BAD_INPUT', message: '这个手机号已有账号' },
    })
  })

  it('changes a role, checks the level again and signs the person out', async () => {
    const token = await openSession(world.store, USERS.villageA1._id, 'staff', world.clock.now())
    expect(await call('admin', ADMIN._id, { action: 'updateUser', userId: USERS.villageA1._id, role: 'township' })).toMatchObject(
      { error: { code: 'BAD_INPUT' } },
    )
    const changed = await call('admin', ADMIN._id, {
      action: 'updateUser',
      userId: USERS.villageA1._id,
      role: 'township',
      regionPath: PATHS.townshipA,
    })
    expect(changed).toMatchObject({ ok: true, data: { role: 'township', regionPath: PATHS.townshipA } })
    expect(await identityOf(world.store, token, world.clock.now())).toBeNull()
  })

  it('disables a user, who is then refused everywhere', async () => {
    await call('admin', ADMIN._id, { action: 'updateUser', userId: USERS.farmer._id, disabled: true })
    expect(await call('user', USERS.farmer._id, { action: 'me' })).toMatchObject({
      error: { code: 'FORBIDDEN', message: '账号已停用' },
    })
  })

  it('cannot reach users of another county, nor disable itself', async () => {
    const outside = await call('admin', ADMIN._id, { action: 'updateUser', userId: OTHER_ADMIN._id, name: '改名' })
    const missing = await call('admin', ADMIN._id, { action: 'updateUser', userId: 'u-nobody', name: '改名' })
    expect(outside).toEqual(missing)
    expect(await call('admin', ADMIN._id, { action: 'updateUser', userId: ADMIN._id, disabled: true })).toMatchObject({
      error: { code: 'BAD_INPUT' },
    })
  })
})

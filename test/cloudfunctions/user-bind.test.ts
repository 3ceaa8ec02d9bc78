import { col, withoutId } from '@shared/usecases/collections'
import { aUser } from '../factories/user.factory'
import { aWorld, PATHS, USERS, type World } from '../factories/world.factory'
import { caller, dataOf } from './call'

const ADMIN = aUser({ _id: 'u-admin', name: '孟丽', role: 'admin', regionPath: PATHS.county, householdId: undefined })
const REFUSAL = '信息与绑定码对不上，请核对后再试，或向村里重新要一个绑定码'

describe('user.issueBindCode and user.bind', () => {
  let world: World
  let call: ReturnType<typeof caller>
  let idOfMember: string
  beforeEach(async () => {
    world = await aWorld()
    call = caller(world)
    await col(world.store, 'users').doc(ADMIN._id).set(withoutId(ADMIN))
    idOfMember = (await col(world.store, 'households').doc('hh-1').get())!.members[1]!.idNumber
  })
  afterEach(() => world.close())

  const issue = async () => dataOf(await call('user', USERS.villageA1._id, { action: 'issueBindCode', householdId: 'hh-1' }))

  it('gives a readable 8-character code, kept only hashed, for 14 days', async () => {
    const { code, expiresAt } = await issue()
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
    expect(Math.abs(Date.parse(expiresAt) - world.clock.now().getTime() - 14 * 24 * 3_600_000)).toBeLessThan(5_000)
    expect(JSON.stringify(await col(world.store, 'bind_codes').get())).not.toContain(code)
  })

  it('is refused for a household outside the village, as if it did not exist', async () => {
    const other = await call('user', USERS.villageA1._id, { action: 'issueBindCode', householdId: 'hh-2' })
    const missing = await call('user', USERS.villageA1._id, { action: 'issueBindCode', householdId: 'hh-nope' })
    expect(other).toEqual(missing)
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call('user', USERS.townshipA._id, { action: 'issueBindCode', householdId: 'hh-1' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    })
  })

  it('binds a member of the household once, with the member as the farmer', async () => {
    const { code } = await issue()
    const me = dataOf(await call('user', 'h5-newcomer', { action: 'bind', idNumber: idOfMember, code: code.toLowerCase() }))
    expect(me).toMatchObject({ registered: true, role: 'farmer', householdId: 'hh-1' })
    expect(await call('user', 'h5-newcomer', { action: 'bind', idNumber: idOfMember, code })).toMatchObject({
      error: { code: 'ALREADY_BOUND' },
    })
    expect(await call('user', 'h5-someone-else', { action: 'bind', idNumber: idOfMember, code })).toMatchObject({
      error: { code: 'WRONG_CODE', message: REFUSAL },
    })
  })

  it('answers a wrong ID number and a wrong code with the same words', async () => {
    const { code } = await issue()
    const wrongId = await call('user', 'h5-a', { action: 'bind', idNumber: '110101199001011237', code })
    const wrongCode = await call('user', 'h5-b', { action: 'bind', idNumber: idOfMember, code: 'ABCDEFGH' })
    expect(wrongId).toEqual(wrongCode)
    expect(wrongId).toMatchObject({ ok: false, error: { code: 'WRONG_CODE', message: REFUSAL } })
  })

  it('refuses an expired code and a replaced one', async () => {
    const first = await issue()
    const second = await issue()
    expect(await call('user', 'h5-a', { action: 'bind', idNumber: idOfMember, code: first.code })).toMatchObject({
      error: { code: 'WRONG_CODE' },
    })
    world.clock.moveTo('2026-12-08')
    expect(await call('user', 'h5-a', { action: 'bind', idNumber: idOfMember, code: second.code })).toMatchObject({
      error: { code: 'WRONG_CODE' },
    })
  })

  it('stops guessing after five wrong tries', async () => {
    const { code } = await issue()
    for (let i = 0; i < 5; i++) await call('user', 'h5-guesser', { action: 'bind', idNumber: idOfMember, code: `WRONG${i}AB` })
    expect(await call('user', 'h5-guesser', { action: 'bind', idNumber: idOfMember, code })).toMatchObject({
      error: { code: 'TOO_MANY_ATTEMPTS' },
    })
  })

  it('links a staff member’s WeChat to the record the administrator made', async () => {
    const made = dataOf(
      await call('admin', ADMIN._id, {
        action: 'createUser',
        name: '李村',
        phone: '13812345678',
        role: 'village',
        regionPath: PATHS.villageA1,
      }),
    )
    expect(await call('user', 'wx-openid-li', { action: 'bind', phone: '13800000000', code: made.bindCode })).toMatchObject({
      error: { code: 'WRONG_CODE' },
    })
    const me = dataOf(await call('user', 'wx-openid-li', { action: 'bind', phone: '13812345678', code: made.bindCode }))
    expect(me).toMatchObject({ registered: true, role: 'village', name: '李村' })
    expect(dataOf(await call('user', 'wx-openid-li', { action: 'me' }))).toMatchObject({ role: 'village' })
    await call('admin', ADMIN._id, { action: 'updateUser', userId: made.user._id, disabled: true })
    expect(await call('user', 'wx-openid-li', { action: 'me' })).toMatchObject({
      error: { code: 'FORBIDDEN', message: '账号已停用' },
    })
  })
})

import { createStaffUser } from '@shared/usecases/auth/admin-users'
import { requestLoginCode, setPassword, signInStaff } from '@shared/usecases/auth/staff-login'
import { col, withoutId } from '@shared/usecases/collections'
import { aUser } from '../../factories/user.factory'
import { aWorld, PATHS, type World } from '../../factories/world.factory'

const PHONE = '13812345678'
const ADMIN = aUser({ _id: 'u-admin', name: '孟丽', role: 'admin', regionPath: PATHS.county, householdId: undefined })
const at = (ms: number) => new Date(Date.parse('2026-11-23T02:00:00Z') + ms)
const MIN = 60_000

describe('staff sign-in with a one-time code or a password', () => {
  let world: World
  beforeEach(async () => {
    world = await aWorld()
    await col(world.store, 'users').doc(ADMIN._id).set(withoutId(ADMIN))
    await createStaffUser(
      world.deps,
      { openid: ADMIN._id, user: ADMIN },
      {
        name: '李村',
        phone: PHONE,
        role: 'village',
        regionPath: PATHS.villageA1,
      },
    )
  })
  afterEach(() => world.close())

  it('signs in with the code it sent, once', async () => {
    const code = await requestLoginCode(world.store, PHONE, at(0))
    expect(code).toMatch(/^\d{6}$/)
    const account = await col(world.store, 'accounts').doc(PHONE).get()
    expect(JSON.stringify(account)).not.toContain(code)
    expect((await signInStaff(world.store, { phone: PHONE, code: code! }, at(MIN))).role).toBe('village')
    await expect(signInStaff(world.store, { phone: PHONE, code: code! }, at(MIN))).rejects.toMatchObject({
      refusal: 'wrong_code',
    })
  })

  it('refuses a code after five minutes', async () => {
    const code = await requestLoginCode(world.store, PHONE, at(0))
    await expect(signInStaff(world.store, { phone: PHONE, code: code! }, at(5 * MIN))).rejects.toMatchObject({
      refusal: 'wrong_code',
    })
  })

  it('spends the code after five wrong tries, even for the right one', async () => {
    const code = await requestLoginCode(world.store, PHONE, at(0))
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) {
      await expect(signInStaff(world.store, { phone: PHONE, code: wrong }, at(i))).rejects.toMatchObject({
        refusal: 'wrong_code',
      })
    }
    await expect(signInStaff(world.store, { phone: PHONE, code: code! }, at(10))).rejects.toMatchObject({
      refusal: 'too_many_attempts',
    })
  })

  it('limits codes per phone: one a minute, five an hour', async () => {
    await requestLoginCode(world.store, PHONE, at(0))
    await expect(requestLoginCode(world.store, PHONE, at(30_000))).rejects.toMatchObject({ refusal: 'too_many_attempts' })
    for (let i = 1; i < 5; i++) await requestLoginCode(world.store, PHONE, at(i * 2 * MIN))
    await expect(requestLoginCode(world.store, PHONE, at(12 * MIN))).rejects.toMatchObject({ refusal: 'too_many_attempts' })
    expect(await requestLoginCode(world.store, PHONE, at(61 * MIN))).toMatch(/^\d{6}$/)
  })

  it('answers an unknown phone like a wrong code, and sends it nothing', async () => {
    expect(await requestLoginCode(world.store, '13900009999', at(0))).toBeNull()
    const refusal = signInStaff(world.store, { phone: '13900009999', code: '123456' }, at(0))
    await expect(refusal).rejects.toMatchObject({ refusal: 'wrong_code', message: '手机号或验证码（密码）不对，请核对后再试' })
  })

  it('signs in with a password it hashed, and limits wrong passwords', async () => {
    const user = (await col(world.store, 'accounts').doc(PHONE).get())!.userId
    await setPassword(world.store, user, { password: 'zhen-hao-8' })
    expect((await col(world.store, 'accounts').doc(PHONE).get())!.passwordHash).toMatch(/^\$2[ab]\$/)
    expect((await signInStaff(world.store, { phone: PHONE, password: 'zhen-hao-8' }, at(0)))._id).toBe(user)
    await expect(setPassword(world.store, user, { password: 'another-one' })).rejects.toMatchObject({ refusal: 'wrong_code' })
    for (let i = 0; i < 5; i++) {
      await expect(signInStaff(world.store, { phone: PHONE, password: 'nope' }, at(i))).rejects.toMatchObject({
        refusal: 'wrong_code',
      })
    }
    await expect(signInStaff(world.store, { phone: PHONE, password: 'zhen-hao-8' }, at(10))).rejects.toMatchObject({
      refusal: 'too_many_attempts',
    })
  })

  it('refuses a disabled account', async () => {
    const user = (await col(world.store, 'accounts').doc(PHONE).get())!.userId
    await col(world.store, 'users').doc(user).update({ disabled: true })
    const code = await requestLoginCode(world.store, PHONE, at(0))
    await expect(signInStaff(world.store, { phone: PHONE, code: code! }, at(0))).rejects.toMatchObject({
      refusal: 'forbidden',
      message: '账号已停用',
    })
  })
})

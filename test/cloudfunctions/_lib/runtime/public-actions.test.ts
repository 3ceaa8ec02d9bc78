import { api, type ActionContract } from '@shared/api'
import { snapshot } from '../../../factories/world.factory'
import { dataOf, withWorld, type WorldCall } from '../../call'

const contracts = Object.values(api).flatMap((fn) => Object.values(fn) as ActionContract[])
// Public reads answer anyone; a public write (binding one's identity) needs an identity to write for.
const publicOnes = contracts.filter((c) => c.audience === 'public' && c.effect === 'read')
const publicWrites = contracts.filter((c) => c.audience === 'public' && c.effect === 'write')
const guarded = contracts.filter((c) => c.audience !== 'public')
const label = (c: ActionContract) => `${c.fn}.${c.action}`

/** A valid input of each public write, so the refusal is about the missing identity and nothing else. */
const WRITE_INPUTS: Record<string, Record<string, unknown>> = {
  'user.bind': { idNumber: '110101199003074514', code: 'ABCD2345' },
  'publicity.object': { noticeId: 'notice-1', reason: '该户在镇上另有住房' },
}

/** Public actions answer anyone, a caller without identity too (H5 without a session); the others need one. */
describe('callers without identity', () => {
  const t = withWorld('2026-11-23')
  const call: WorldCall = (...args) => t.call(...args)

  it('has public actions to check', () => {
    expect(publicOnes.map(label)).toEqual(expect.arrayContaining(['publicity.board', 'user.me']))
  })

  it.each(publicOnes.map((c) => [label(c), c] as const))('%s answers a caller without identity', async (_, c) => {
    const before = await snapshot(t.world.store)
    const answer = await call(c.fn, null, { action: c.action })
    // A read that names a record (publicity.notice) is judged on what it names, never on who asks.
    const namesRecord = !c.input.safeParse({}).success
    expect(answer).toMatchObject(namesRecord ? { ok: false, error: { code: 'BAD_INPUT' } } : { ok: true })
    expect(await snapshot(t.world.store)).toEqual(before)
  })

  it.each(publicWrites.map((c) => [label(c), c] as const))(
    '%s refuses a caller without identity, changing nothing',
    async (_, c) => {
      const before = await snapshot(t.world.store)
      const answer = await call(c.fn, null, { action: c.action, ...WRITE_INPUTS[label(c)] })
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
      expect(await snapshot(t.world.store)).toEqual(before)
    },
  )

  it.each(guarded.map((c) => [label(c), c] as const))('%s refuses a caller without identity', async (_, c) => {
    expect(await call(c.fn, null, { action: c.action })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('shows a visitor the board and tells them they are nobody in particular', async () => {
    expect(dataOf(await call('publicity', null, { action: 'board', limit: 10 }))).toHaveProperty('items')
    expect(dataOf(await call('user', null, { action: 'me' }))).toMatchObject({ openid: null, registered: false, role: null })
  })
})

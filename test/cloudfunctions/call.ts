import { FUNCTIONS } from '../../cloudfunctions/_lib/runtime/functions'
import type { FunctionName } from '@shared/api/contract'
import type { Envelope } from '@shared/api/errors'
import { aWorld, snapshot, type World } from '../factories/world.factory'

/** Calls a function exactly as CloudBase would: `data` as the event, OPENID from the (fake) WeChat context. */
export function caller(world: World) {
  return async function call<T = any>(fn: FunctionName, openid: string | null, data: unknown): Promise<Envelope<T>> {
    const f = FUNCTIONS.find((x) => x.name === fn)
    if (!f) throw new Error(`no function ${fn}`)
    return (await f.run(data, openid, world.deps)) as Envelope<T>
  }
}

export function dataOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.data
}

export type WorldCall = ReturnType<typeof caller>

/** A fresh world for every test of the describe it is called in, and a caller bound to it. */
export function withWorld(today = '2026-11-23'): { world: World; call: WorldCall } {
  const t = {} as { world: World; call: WorldCall }
  beforeEach(async () => {
    t.world = await aWorld(today)
    t.call = caller(t.world)
  })
  afterEach(() => t.world.close())
  return t
}

/**
 * Calls as `as` and expects a refusal that left every collection as it was; answers the refusal's error body.
 * `t` is read at call time, so it works with the world a `beforeEach` made.
 */
export function refuser(t: { world: World; call: WorldCall }) {
  return async function refusedWithoutChange(fn: FunctionName, as: string | null, data: unknown) {
    const before = await snapshot(t.world.store)
    const result = await t.call(fn, as, data)
    expect(await snapshot(t.world.store)).toEqual(before)
    if (result.ok) throw new Error('expected a refusal')
    return result.error
  }
}

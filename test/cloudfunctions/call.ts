import { FUNCTIONS } from '../../cloudfunctions/_lib/runtime/functions'
import type { FunctionName } from '@shared/api/contract'
import type { Envelope } from '@shared/api/errors'
import type { World } from '../factories/world.factory'

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

import type { Envelope } from '@shared/api/errors'
import { dispatchOutbox } from '@shared/usecases/dispatch-outbox'
import { cloudbaseRuntime, openidFromContext } from '../composition/cloudbase'
import type { CloudFunction } from './router'

/** The `main` CloudBase calls: identity from the WeChat context, then the same `run` the local server uses. */
export function cloudbaseMain(fn: CloudFunction) {
  return async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    let rt: Awaited<ReturnType<typeof cloudbaseRuntime>>
    try {
      rt = await cloudbaseRuntime()
    } catch (error) {
      console.error(`[${fn.name}] cannot reach CloudBase`, error)
      return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
    }
    const envelope = await fn.run(event, openidFromContext(context), rt.deps)
    if (envelope.ok && fn.writes(event)) {
      // Best effort: what is left pending goes out with the jobs function's deliver-outbox timer.
      await dispatchOutbox(rt.deps, rt.sender).catch((error) => console.warn(`[${fn.name}] outbox`, error))
    }
    return envelope
  }
}

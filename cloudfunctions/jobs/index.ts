import type { Envelope } from '@shared/api/errors'
import type { JobRun } from '@shared/usecases/jobs/run-job'
import { cloudbaseRuntime, openidFromContext } from '../_lib/composition/cloudbase'
import { runTimer } from './function'

/** The CloudBase entry for timer events; the answer lands in the function's log. */
export async function main(event: unknown, context: unknown): Promise<Envelope<JobRun>> {
  let rt: Awaited<ReturnType<typeof cloudbaseRuntime>>
  try {
    rt = await cloudbaseRuntime()
  } catch (error) {
    console.error('[jobs] cannot reach CloudBase', error)
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
  const answer = await runTimer(event, openidFromContext(context), { ...rt.deps, sender: rt.sender })
  console.log('[jobs]', JSON.stringify(answer))
  return answer
}

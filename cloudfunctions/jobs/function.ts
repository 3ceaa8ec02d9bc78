import { randomBytes } from 'node:crypto'
import * as z from 'zod'
import type { Envelope } from '@shared/api/errors'
import type { JobDeps } from '@shared/usecases/jobs/job'
import { jobNamed } from '@shared/usecases/jobs/registry'
import { type JobRun, runJob } from '@shared/usecases/jobs/run-job'

/** What CloudBase hands a function when one of its timer triggers fires. */
const TimerEvent = z.object({ Type: z.literal('Timer'), TriggerName: z.string() })

export const runOwner = (where: string) => `${where}-${randomBytes(8).toString('hex')}`

/**
 * The `jobs` function: one timer trigger per registered job, the trigger's name naming the job. It is no API
 * action: a call from the mini-program carries an OPENID, a timer never does, so such a call is refused.
 */
export async function runTimer(event: unknown, openid: string | null, deps: JobDeps): Promise<Envelope<JobRun>> {
  if (openid) return { ok: false, error: { code: 'FORBIDDEN', message: '后台任务只由定时触发器运行' } }
  const timer = TimerEvent.safeParse(event)
  if (!timer.success) return { ok: false, error: { code: 'BAD_INPUT', message: '不是定时触发器的调用' } }
  const job = jobNamed(timer.data.TriggerName)
  if (!job) return { ok: false, error: { code: 'BAD_INPUT', message: `没有这个后台任务：${timer.data.TriggerName}` } }
  return { ok: true, data: await runJob(job, deps, { owner: runOwner('cloudbase') }) }
}

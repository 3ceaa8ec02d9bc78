import type { Job } from '@shared/usecases/jobs/job'
import { type JobRun, runJob } from '@shared/usecases/jobs/run-job'
import { nextFire } from '@shared/usecases/jobs/cron'
import { runOwner } from '../jobs/function'
import type { LocalRuntime } from './compose-local'

export type Scheduler = { stop(): Promise<void> }

type Options = {
  jobs: readonly Job[]
  run: (job: Job) => Promise<unknown>
  /** Real time: the timers wait in it, whatever the server's movable legal date says. */
  now?: () => number
  onError?: (job: Job, error: unknown) => void
}

/**
 * The local stand-in for CloudBase's timer triggers: each job runs at the times its cron names, one run at a
 * time per job; `stop` cancels what is waiting and waits for what is running.
 */
export function startScheduler({ jobs, run, now = Date.now, onError = () => undefined }: Options): Scheduler {
  const timers = new Set<NodeJS.Timeout>()
  const running = new Set<Promise<void>>()
  let stopped = false

  const plan = (job: Job) => {
    const at = nextFire(job.schedule, new Date(now()))
    if (stopped || !at) return
    const timer = setTimeout(() => {
      timers.delete(timer)
      const pass = run(job)
        .then(
          () => undefined,
          (error) => onError(job, error),
        )
        .finally(() => {
          running.delete(pass)
          plan(job)
        })
      running.add(pass)
    }, at.getTime() - now())
    timer.unref()
    timers.add(timer)
  }
  for (const job of jobs) plan(job)

  return {
    async stop() {
      stopped = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      await Promise.all(running)
    },
  }
}

/** Runs a job on the local server now, under its lease like a CloudBase trigger would. */
export const runLocalJob = (runtime: LocalRuntime, job: Job): Promise<JobRun> =>
  runJob(job, { ...runtime.deps, sender: runtime.sender }, { owner: runOwner('local') })

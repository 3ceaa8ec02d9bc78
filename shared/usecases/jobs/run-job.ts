import type { Job, JobDeps, JobSummary } from './job'
import { acquireLease, releaseLease, renewLease } from './lease'

export type RunOptions = {
  /** Unique per run: a crashed run's lease is told apart from the next one's. */
  owner: string
  /** How long the lease holds without renewal; longer than one page of any job takes. */
  leaseMs?: number
  /** When the run stops taking pages; under the CloudBase function timeout (60 s). */
  budgetMs?: number
}

export type JobRun =
  | { job: string; outcome: 'ran'; summary: JobSummary; ms: number }
  | { job: string; outcome: 'skipped'; ms: number }
  | { job: string; outcome: 'failed'; error: string; ms: number }

export const LEASE_MS = 2 * 60_000
export const BUDGET_MS = 45_000

/** Runs a job under its lease: skipped when another run holds it, released at the end whatever happens. */
export async function runJob(job: Job, deps: JobDeps, options: RunOptions): Promise<JobRun> {
  const { owner, leaseMs = LEASE_MS, budgetMs = BUDGET_MS } = options
  const started = deps.clock.now().getTime()
  const ms = () => deps.clock.now().getTime() - started
  if (!(await acquireLease(deps, job.name, owner, leaseMs))) return { job: job.name, outcome: 'skipped', ms: ms() }

  let renewedAt = started
  let held = true
  const keepGoing = async () => {
    if (held && deps.clock.now().getTime() - renewedAt >= leaseMs / 3) {
      renewedAt = deps.clock.now().getTime()
      held = await renewLease(deps, job.name, owner, leaseMs)
    }
    return held && ms() < budgetMs
  }
  try {
    const summary = await job.run({ deps, keepGoing })
    return { job: job.name, outcome: 'ran', summary, ms: ms() }
  } catch (error) {
    return { job: job.name, outcome: 'failed', error: String(error instanceof Error ? error.message : error), ms: ms() }
  } finally {
    // A lease that cannot be given back expires on its own; the run's outcome stands.
    await releaseLease(deps, job.name, owner).catch(() => undefined)
  }
}

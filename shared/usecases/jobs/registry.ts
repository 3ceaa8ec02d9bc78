import { deliverOutboxJob } from './deliver-outbox.job'
import { expireRequestsJob } from './expire-requests.job'
import { expireSessionsJob } from './expire-sessions.job'
import type { Job } from './job'
import { removeOrphanUploadsJob } from './remove-orphan-uploads.job'

/**
 * Every background job; a new one (a clean-up, a deadline or overdue scan) is a `<name>.job.ts` beside this
 * file and one entry here. CloudBase gets one timer trigger per entry (cloudfunctions/_build), the local
 * server one timer per entry (cloudfunctions/_local/scheduler.ts).
 */
export const JOBS: readonly Job[] = [deliverOutboxJob, expireSessionsJob, expireRequestsJob, removeOrphanUploadsJob]

export const jobNamed = (name: string): Job | undefined => JOBS.find((job) => job.name === name)

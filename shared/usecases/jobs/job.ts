import type { NotificationSender } from '../../ports/notifications'
import type { Deps } from '../deps'

/** What a job may reach: the use-case ports and the message sender. */
export type JobDeps = Deps & { sender: NotificationSender }

export interface JobContext {
  deps: JobDeps
  /**
   * Asked between pages: false once the run's time budget is spent or its lease was lost to another run;
   * renews the lease when due, so a long run keeps it.
   */
  keepGoing(): Promise<boolean>
}

/** Counts a run reports (sent, removed, pages…), logged and answered by the timer trigger. */
export type JobSummary = Record<string, number>

export interface Job {
  /** Also the CloudBase trigger name and the lease id: letters, digits and '-', starting with a letter. */
  name: string
  /** CloudBase timer cron, 7 fields: second minute hour day month weekday year, Asia/Shanghai time. */
  schedule: string
  /** One line for the README and the logs. */
  summary: string
  run(ctx: JobContext): Promise<JobSummary>
}

/** A job reads at most this many documents at once (well under the store's MAX_READ). */
export const JOB_PAGE = 100

/**
 * Repeats `pass` while it handled a full page and the run may go on. Each pass must make progress on its
 * own (remove, or move out of its query, what it handled), so the next pass reads the next page.
 */
export async function inPages(ctx: JobContext, pass: () => Promise<number>): Promise<number> {
  let pages = 0
  for (;;) {
    const read = await pass()
    pages++
    if (read < JOB_PAGE || !(await ctx.keepGoing())) return pages
  }
}

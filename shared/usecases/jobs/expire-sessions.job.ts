import { removeExpiredSessions } from '../auth/sessions'
import { inPages, JOB_PAGE, type Job } from './job'

/** H5 sign-in sessions past their idle or absolute limit (their `endsAt`) are removed. */
export const expireSessionsJob: Job = {
  name: 'expire-sessions',
  schedule: '0 30 3 * * * *',
  summary: '删除已过期的登录会话',
  async run(ctx) {
    // Sessions run on real time, not the demo clock the dev routes move (see cloudfunctions/_local/sessions.ts).
    const now = new Date()
    let removed = 0
    const pages = await inPages(ctx, async () => {
      const n = await removeExpiredSessions(ctx.deps.store, now, { limit: JOB_PAGE })
      removed += n
      return n
    })
    return { removed, pages }
  },
}

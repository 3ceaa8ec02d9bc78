import { removeExpiredRequests } from '../remove-expired-requests'
import { inPages, JOB_PAGE, type Job } from './job'

/** A request id only has to outlive the retries of one tap; a week is far more than any retry takes. */
export const REQUEST_KEEP_DAYS = 7

export const expireRequestsJob: Job = {
  name: 'expire-requests',
  schedule: '0 45 3 * * * *',
  summary: `删除超过 ${REQUEST_KEEP_DAYS} 天的重复提交记录`,
  async run(ctx) {
    let removed = 0
    const pages = await inPages(ctx, async () => {
      const pass = await removeExpiredRequests(ctx.deps, { olderThanDays: REQUEST_KEEP_DAYS, limit: JOB_PAGE })
      removed += pass.removed
      return pass.removed
    })
    return { removed, pages }
  },
}

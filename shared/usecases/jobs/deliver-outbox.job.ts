import { dispatchOutbox } from '../dispatch-outbox'
import { inPages, JOB_PAGE, type Job } from './job'

/**
 * Delivers what the after-write pass left: messages queued while delivery was failing, retries whose
 * back-off has passed, and everything written by a call that ended before its pass.
 */
export const deliverOutboxJob: Job = {
  name: 'deliver-outbox',
  schedule: '0 * * * * * *',
  summary: '发送到期的消息（失败后按 1 分钟、5 分钟、30 分钟、2 小时重试，第 5 次失败记为失败）',
  async run(ctx) {
    const total = { sent: 0, retrying: 0, failed: 0, skipped: 0 }
    const pages = await inPages(ctx, async () => {
      const pass = await dispatchOutbox(ctx.deps, ctx.deps.sender, JOB_PAGE)
      total.sent += pass.sent
      total.retrying += pass.retrying
      total.failed += pass.failed
      total.skipped += pass.skipped
      return pass.due
    })
    return { ...total, pages }
  },
}

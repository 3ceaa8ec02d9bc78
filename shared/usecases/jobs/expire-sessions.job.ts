import { cmp } from '../../ports/document-store'
import { col } from '../collections'
import { inPages, JOB_PAGE, type Job } from './job'

/** A local H5 session is removed this long after it was opened, whether or not it is still in use. */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60_000

export const expireSessionsJob: Job = {
  name: 'expire-sessions',
  schedule: '0 30 3 * * * *',
  summary: '删除开立超过 30 天的登录会话',
  async run(ctx) {
    const sessions = col(ctx.deps.store, 'sessions')
    const cutoff = new Date(ctx.deps.clock.now().getTime() - SESSION_MAX_AGE_MS).toISOString()
    let removed = 0
    const pages = await inPages(ctx, async () => {
      const expired = await sessions
        .where({ createdAt: cmp.lt(cutoff) })
        .limit(JOB_PAGE)
        .get()
      for (const session of expired) await sessions.doc(session._id).remove()
      removed += expired.length
      return expired.length
    })
    return { removed, pages }
  },
}

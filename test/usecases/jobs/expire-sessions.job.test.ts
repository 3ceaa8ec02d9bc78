import { col } from '@shared/usecases/collections'
import { expireSessionsJob, SESSION_MAX_AGE_MS } from '@shared/usecases/jobs/expire-sessions.job'
import { JOB_PAGE } from '@shared/usecases/jobs/job'
import { runJob } from '@shared/usecases/jobs/run-job'
import { aJobWorld } from '../../factories/jobs.factory'

describe('the expire-sessions job', () => {
  it('removes the sessions opened before the age limit, in pages, and keeps the younger ones', async () => {
    const world = aJobWorld()
    const sessions = col(world.deps.store, 'sessions')
    const now = world.clock.now().getTime()
    const openedAt = (ageMs: number) => new Date(now - ageMs).toISOString()
    for (let i = 0; i < JOB_PAGE + 5; i++) {
      await sessions
        .doc(`old-session-token-${String(i).padStart(4, '0')}`)
        .set({ openid: 'u1', createdAt: openedAt(SESSION_MAX_AGE_MS + 1) })
    }
    await sessions.doc('young-session-token-0001').set({ openid: 'u2', createdAt: openedAt(SESSION_MAX_AGE_MS - 60_000) })

    expect(await runJob(expireSessionsJob, world.deps, { owner: 'a' })).toMatchObject({
      outcome: 'ran',
      summary: { removed: JOB_PAGE + 5, pages: 2 },
    })
    expect((await sessions.limit(1000).get()).map((s) => s._id)).toEqual(['young-session-token-0001'])
    await world.close()
  })
})

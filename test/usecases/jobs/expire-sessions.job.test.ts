import { sessionRecord } from '@shared/usecases/auth/sessions'
import { col, withoutId } from '@shared/usecases/collections'
import { expireSessionsJob } from '@shared/usecases/jobs/expire-sessions.job'
import { JOB_PAGE } from '@shared/usecases/jobs/job'
import { runJob } from '@shared/usecases/jobs/run-job'
import { aJobWorld } from '../../factories/jobs.factory'

describe('the expire-sessions job', () => {
  it('removes the sessions past their end, in pages, and keeps the live ones', async () => {
    const world = aJobWorld()
    const sessions = col(world.deps.store, 'sessions')
    const longAgo = new Date(Date.now() - 200 * 86_400_000)
    for (let i = 0; i < JOB_PAGE + 5; i++) {
      const s = sessionRecord(`old-session-token-${String(i).padStart(4, '0')}`, 'u1', 'staff', longAgo)
      await sessions.doc(s._id).set(withoutId(s))
    }
    const live = sessionRecord('live-session-token-0001', 'u2', 'farmer', new Date())
    await sessions.doc(live._id).set(withoutId(live))

    expect(await runJob(expireSessionsJob, world.deps, { owner: 'a' })).toMatchObject({
      outcome: 'ran',
      summary: { removed: JOB_PAGE + 5, pages: 2 },
    })
    expect((await sessions.limit(1000).get()).map((s) => s._id)).toEqual([live._id])
    await world.close()
  })
})

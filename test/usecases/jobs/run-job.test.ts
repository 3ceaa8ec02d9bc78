import type { Job } from '@shared/usecases/jobs/job'
import { acquireLease } from '@shared/usecases/jobs/lease'
import { LEASE_MS, runJob } from '@shared/usecases/jobs/run-job'
import { col } from '@shared/usecases/collections'
import { aJobWorld } from '../../factories/jobs.factory'

/** A job runs under its lease: never two runs at once, and a crashed holder does not block it for ever. */
describe('runJob', () => {
  const aJob = (run: Job['run']): Job => ({ name: 'test-job', schedule: '0 * * * * * *', summary: '测试', run })

  it('lets one of two concurrent runs run and the other skip', async () => {
    const world = aJobWorld()
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    let runs = 0
    const job = aJob(async () => {
      runs++
      await gate
      return { done: 1 }
    })
    const first = runJob(job, world.deps, { owner: 'run-1' })
    const second = runJob(job, world.deps, { owner: 'run-2' })
    expect(await second).toMatchObject({ outcome: 'skipped' })
    release()
    expect(await first).toMatchObject({ outcome: 'ran', summary: { done: 1 } })
    expect(runs).toBe(1)
    expect(await col(world.deps.store, 'leases').doc('test-job').get()).toBeNull()
    expect(await runJob(job, world.deps, { owner: 'run-3' })).toMatchObject({ outcome: 'ran' })
    await world.close()
  })

  it('takes over the lease of a crashed run once it has expired', async () => {
    const world = aJobWorld()
    expect(await acquireLease(world.deps, 'test-job', 'crashed-run', LEASE_MS)).toBe(true)
    const job = aJob(async () => ({ done: 1 }))
    expect(await runJob(job, world.deps, { owner: 'next-run' })).toMatchObject({ outcome: 'skipped' })
    world.clock.advance(LEASE_MS)
    expect(await runJob(job, world.deps, { owner: 'next-run' })).toMatchObject({ outcome: 'ran' })
    await world.close()
  })

  it('renews the lease while a long run goes on, so nobody takes it over', async () => {
    const world = aJobWorld()
    const job = aJob(async (ctx) => {
      for (let page = 0; page < 5; page++) {
        world.clock.advance(LEASE_MS / 2)
        expect(await ctx.keepGoing()).toBe(true)
        expect(await acquireLease(world.deps, 'test-job', 'intruder', LEASE_MS)).toBe(false)
      }
      return { pages: 5 }
    })
    expect(await runJob(job, world.deps, { owner: 'long-run', budgetMs: 10 * LEASE_MS })).toMatchObject({ outcome: 'ran' })
    await world.close()
  })

  it('stops taking pages when its time budget is spent or its lease was taken over', async () => {
    const world = aJobWorld()
    const pagesUntilStop = (advanceMs: number, steal = false) =>
      aJob(async (ctx) => {
        let pages = 0
        do {
          pages++
          world.clock.advance(advanceMs)
          if (steal) await world.deps.store.collection('leases').doc('test-job').update({ owner: 'thief' })
        } while (await ctx.keepGoing())
        return { pages }
      })
    expect(await runJob(pagesUntilStop(10_000), world.deps, { owner: 'a', budgetMs: 45_000 })).toMatchObject({
      summary: { pages: 5 },
    })
    expect(await runJob(pagesUntilStop(LEASE_MS / 2, true), world.deps, { owner: 'b', budgetMs: 10 * LEASE_MS })).toMatchObject({
      summary: { pages: 1 },
    })
    await world.close()
  })

  it('reports a failing job and gives its lease back', async () => {
    const world = aJobWorld()
    const failing = aJob(async () => Promise.reject(new Error('store unreachable')))
    expect(await runJob(failing, world.deps, { owner: 'a' })).toMatchObject({ outcome: 'failed', error: 'store unreachable' })
    expect(await col(world.deps.store, 'leases').doc('test-job').get()).toBeNull()
    await world.close()
  })
})

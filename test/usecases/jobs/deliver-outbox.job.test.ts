import type { DocumentStore, Query } from '@shared/ports/document-store'
import { deliverOutboxJob } from '@shared/usecases/jobs/deliver-outbox.job'
import { JOB_PAGE } from '@shared/usecases/jobs/job'
import { runJob } from '@shared/usecases/jobs/run-job'
import { aJobWorld, aPendingMessage, aRecordingSender, queue } from '../../factories/jobs.factory'

/** Records every `limit` a query asks for, to hold the jobs to reading a page at a time. */
function limitsOf(store: DocumentStore): { store: DocumentStore; limits: number[] } {
  const limits: number[] = []
  const watch = <T extends object>(query: T): T =>
    new Proxy(query, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        if (typeof value !== 'function' || !['where', 'orderBy', 'skip', 'limit'].includes(String(key))) return value
        return (...args: unknown[]) => {
          if (key === 'limit') limits.push(args[0] as number)
          return watch((value as (...a: unknown[]) => Query<never>).apply(target, args))
        }
      },
    })
  return { store: { ...store, collection: (name: string) => watch(store.collection(name)) } as DocumentStore, limits }
}

describe('the deliver-outbox job', () => {
  it('delivers everything due in pages, reading no more than a page at once', async () => {
    const world = aJobWorld()
    const ids = Array.from({ length: 2 * JOB_PAGE + 30 }, (_, i) => `m${String(i).padStart(3, '0')}`)
    await queue(world.deps, ...ids.map((id) => aPendingMessage(id)))
    const watched = limitsOf(world.deps.store)
    const deps = {
      ...world.deps,
      store: { ...watched.store, runTransaction: world.deps.store.runTransaction.bind(world.deps.store) },
    }
    const run = await runJob(deliverOutboxJob, deps, { owner: 'a' })
    expect(run).toMatchObject({ outcome: 'ran', summary: { sent: ids.length, pages: 3 } })
    expect(world.sender.sent).toHaveLength(ids.length)
    expect(Math.max(...watched.limits)).toBeLessThanOrEqual(JOB_PAGE)
    await world.close()
  })

  it('stops when its time budget is spent and leaves the rest for the next tick', async () => {
    const world = aJobWorld(aRecordingSender())
    await queue(world.deps, ...Array.from({ length: 3 * JOB_PAGE }, (_, i) => aPendingMessage(`m${String(i).padStart(3, '0')}`)))
    const slowSender = {
      send: async (m: Parameters<typeof world.sender.send>[0]) => {
        world.clock.advance(300)
        await world.sender.send(m)
      },
    }
    const run = await runJob(deliverOutboxJob, { ...world.deps, sender: slowSender }, { owner: 'a', budgetMs: 45_000 })
    expect(run).toMatchObject({ outcome: 'ran', summary: { sent: 2 * JOB_PAGE, pages: 2 } })
    await world.close()
  })

  it('counts a failing delivery as retrying and goes on with the others', async () => {
    const world = aJobWorld()
    await queue(world.deps, aPendingMessage('bad'), aPendingMessage('good', '2026-11-23T01:00:01.000Z'))
    const picky = {
      send: async (m: Parameters<typeof world.sender.send>[0]) =>
        m._id === 'bad' ? Promise.reject(new Error('errcode 43101')) : world.sender.send(m),
    }
    const run = await runJob(deliverOutboxJob, { ...world.deps, sender: picky }, { owner: 'a' })
    expect(run).toMatchObject({ summary: { sent: 1, retrying: 1, failed: 0, pages: 1 } })
    await world.close()
  })
})

import { col } from '@shared/usecases/collections'
import { REQUEST_KEEP_DAYS, expireRequestsJob } from '@shared/usecases/jobs/expire-requests.job'
import { removeOrphanUploadsJob } from '@shared/usecases/jobs/remove-orphan-uploads.job'
import { runJob } from '@shared/usecases/jobs/run-job'
import { aJobWorld } from '../../factories/jobs.factory'
import { aStoredFile } from '../../factories/upload.factory'

const DAY = 86_400_000

describe('the clean-up jobs', () => {
  it('expire-requests removes request ids older than the keep period and keeps recent ones', async () => {
    const world = aJobWorld()
    const requests = col(world.deps.store, 'requests')
    const now = world.clock.now().getTime()
    const at = (ago: number) => new Date(now - ago).toISOString()
    await requests
      .doc('old')
      .set({ call: 'application.submit', state: 'done', answer: {}, createdAt: at((REQUEST_KEEP_DAYS + 1) * DAY) })
    await requests.doc('recent').set({ call: 'application.submit', state: 'done', answer: {}, createdAt: at(DAY) })

    expect(await runJob(expireRequestsJob, world.deps, { owner: 'a' })).toMatchObject({ outcome: 'ran', summary: { removed: 1 } })
    expect((await requests.limit(10).get()).map((r) => r._id)).toEqual(['recent'])
    await world.close()
  })

  it('remove-orphan-uploads deletes the file and record of an upload nobody claimed within a day, and keeps the rest', async () => {
    const world = aJobWorld()
    const uploads = col(world.deps.store, 'uploads')
    const now = world.clock.now().getTime()
    const upload = async (id: string, ago: number, attached: boolean) => {
      const fileId = await aStoredFile(world.deps.files)
      await uploads.doc(id).set({
        fileId,
        ownerId: 'u1',
        kind: 'photo',
        contentType: 'image/png',
        size: 64,
        day: '2026-11-20',
        createdAt: new Date(now - ago).toISOString(),
        attachedTo: attached ? { collection: 'cases', id: 'case-1' } : null,
      })
      return fileId
    }
    const orphan = await upload('orphan', 2 * DAY, false)
    const fresh = await upload('fresh', 60_000, false)
    const claimed = await upload('claimed', 2 * DAY, true)

    expect(await runJob(removeOrphanUploadsJob, world.deps, { owner: 'a' })).toMatchObject({
      outcome: 'ran',
      summary: { removed: 1 },
    })
    expect((await uploads.limit(10).get()).map((u) => u._id).sort()).toEqual(['claimed', 'fresh'])
    expect(await world.deps.files.get(orphan)).toBeNull()
    expect(await world.deps.files.get(fresh)).not.toBeNull()
    expect(await world.deps.files.get(claimed)).not.toBeNull()
    await world.close()
  })
})

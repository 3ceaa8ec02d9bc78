import { removeOrphanUploads } from '@shared/usecases/uploads/remove-orphan-uploads'
import { col, withoutId } from '@shared/usecases/collections'
import type { Upload } from '@shared/store/collections/uploads'
import { aWorld, type World } from '../../factories/world.factory'

const anUpload = (id: string, createdAt: string, attachedTo: Upload['attachedTo'] = null): Upload => ({
  _id: id,
  fileId: `mem:photos/${id}`,
  ownerId: 'u-farmer',
  kind: 'photo',
  contentType: 'image/jpeg',
  size: 10,
  day: createdAt.slice(0, 10),
  createdAt,
  attachedTo,
})

describe('removeOrphanUploads', () => {
  let world: World
  const removed: string[] = []
  const files = { remove: async (fileId: string) => void removed.push(fileId) }
  beforeEach(async () => {
    world = await aWorld('2026-11-23')
    removed.length = 0
  })
  afterEach(() => world.close())
  const put = (u: Upload) => col(world.store, 'uploads').doc(u._id).set(withoutId(u))
  const ids = async () => (await col(world.store, 'uploads').orderBy('_id', 'asc').get()).map((u) => u._id)

  it('deletes the file and then the record of uploads never attached after 24 h, and nothing else', async () => {
    const now = world.clock.now().getTime()
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString()
    await put(anUpload('old-orphan', hoursAgo(30)))
    await put(anUpload('young-orphan', hoursAgo(2)))
    await put(anUpload('old-evidence', hoursAgo(300), { collection: 'cases', id: 'c1' }))
    expect(await removeOrphanUploads(world.deps, files, { olderThanHours: 24 })).toEqual({ removed: 1 })
    expect(removed).toEqual(['mem:photos/old-orphan'])
    expect(await ids()).toEqual(['old-evidence', 'young-orphan'])
  })

  it('keeps the record when deleting the file fails, so the next run tries again', async () => {
    await put(anUpload('old', '2026-01-01T00:00:00.000Z'))
    const failing = { remove: async () => Promise.reject(new Error('storage down')) }
    await expect(removeOrphanUploads(world.deps, failing)).rejects.toThrow('storage down')
    expect(await ids()).toEqual(['old'])
  })

  it('walks more than one page of 1,000 and stops at the limit', async () => {
    for (let i = 0; i < 1_005; i++) await put(anUpload(`o${String(i).padStart(5, '0')}`, '2026-01-01T00:00:00.000Z'))
    expect(await removeOrphanUploads(world.deps, files, { limit: 1_003 })).toEqual({ removed: 1_003 })
    expect((await ids()).length).toBe(2)
    expect(await removeOrphanUploads(world.deps, files)).toEqual({ removed: 2 })
  }, 30_000)
})

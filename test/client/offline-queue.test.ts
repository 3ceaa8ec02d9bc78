import { inspectionApi } from '@shared/api/inspection.api'
import { col } from '@shared/usecases/collections'
import { ApiError, NETWORK_MESSAGE } from '../../client/services/api-error'
import { makeCall, newIntent, type Send } from '../../client/services/call-core'
import { createOfflineQueue, type QueuedItem } from '../../client/services/offline-queue-core'
import { caller, dataOf } from '../cloudfunctions/call'
import { aPhotoOf, openCampaign, withScopeHouses } from '../cloudfunctions/inspection/campaign-fixture'
import { aWorld, USERS, type World } from '../factories/world.factory'

/** Storage as Taro's: the queue is read back from it each time, as after the app was closed and opened. */
function memoryStorage() {
  let saved = '[]'
  return {
    read: (): QueuedItem[] => JSON.parse(saved),
    write: (items: QueuedItem[]) => {
      saved = JSON.stringify(items)
    },
  }
}

describe('the offline field queue', () => {
  let world: World
  beforeEach(async () => {
    world = await aWorld('2026-11-23')
    await withScopeHouses(world)
  })
  afterEach(() => world.close())

  /**
   * The real functions behind a switchable network: `down` fails before the request leaves the phone;
   * `loseReply` lets the request reach the server and loses its answer on the way back.
   */
  function network() {
    const state = { down: false, loseReply: 0, sent: 0 }
    const call = caller(world)
    const send: Send = async (fn, body) => {
      if (state.down) throw new TypeError('Failed to fetch')
      state.sent++
      const answer = await call(fn, USERS.villageA1._id, body)
      if (state.loseReply > 0) {
        state.loseReply--
        throw new TypeError('connection reset')
      }
      return answer
    }
    return { state, call: makeCall(send, { retryDelaysMs: [] }) }
  }

  async function setUp() {
    const c = await openCampaign(caller(world))
    const net = network()
    const uploads: string[] = []
    const queue = createOfflineQueue({
      storage: memoryStorage(),
      call: net.call,
      contracts: { 'inspection.record': inspectionApi.record },
      upload: async (path) => {
        if (net.state.down) throw new ApiError('INTERNAL', NETWORK_MESSAGE)
        uploads.push(path)
        return { id: await aPhotoOf(world, caller(world), USERS.villageA1._id) }
      },
    })
    queue.add({
      requestId: newIntent(),
      action: 'inspection.record',
      input: { campaignId: c._id, houseId: 'house-1', condition: '东墙开裂约5毫米', grade: 'C', problem: '东墙开裂' },
      photos: [
        {
          path: 'wxfile://store/wall.jpg',
          takenAt: '2026-11-23T02:00:00.000Z',
          latitude: 35.05,
          longitude: 118.3,
          uploadedId: null,
        },
      ],
      photoField: 'photos',
      label: '甲一村 house-1',
    })
    return { c, net, queue, uploads }
  }

  const recordsOf = async (campaignId: string) =>
    (await col(world.store, 'inspections').where({ campaignId, houseId: 'house-1' }).get()).filter((i) => i.state === 'done')

  it('keeps a form while the network is down, and sends it once when it returns', async () => {
    const { c, net, queue } = await setUp()
    net.state.down = true
    expect(await queue.flush()).toEqual({ sent: 0, waiting: 1, refused: 0, offline: true })
    expect(queue.list()[0]).toMatchObject({ attempts: 1, refused: false, lastError: NETWORK_MESSAGE })
    expect(net.state.sent).toBe(0)
    net.state.down = false
    expect(await queue.flush()).toEqual({ sent: 1, waiting: 0, refused: 0, offline: false })
    expect(queue.list()).toEqual([])
    const [done] = await recordsOf(c._id)
    expect(done?.result?.photos[0]).toMatchObject({ takenAt: '2026-11-23T02:00:00.000Z', latitude: 35.05 })
  })

  it('records once when the reply was lost after the server wrote: the resend carries the same request id', async () => {
    const { c, net, queue, uploads } = await setUp()
    net.state.loseReply = 1
    expect((await queue.flush()).offline).toBe(true)
    // The server has it already; the phone does not know.
    expect(await recordsOf(c._id)).toHaveLength(1)
    expect(queue.list()).toHaveLength(1)
    expect(await queue.flush()).toMatchObject({ sent: 1, waiting: 0 })
    expect(await recordsOf(c._id)).toHaveLength(1)
    expect(await col(world.store, 'ledger_entries').where({ houseId: 'house-1' }).count()).toBe(1)
    const house = await col(world.store, 'houses').doc('house-1').get()
    expect(house?.inspections).toHaveLength(1)
    // The photo was uploaded once: the resend reused the upload the queue had kept.
    expect(uploads).toEqual(['wxfile://store/wall.jpg'])
    const progress = dataOf(await caller(world)('inspection', USERS.county._id, { action: 'progress', campaignId: c._id }))
    expect(progress.villages[0]).toMatchObject({ done: 1 })
  })

  it('two flushes at once send once; a refusal is kept for the person and not sent again by itself', async () => {
    const { c, net, queue } = await setUp()
    const [a, b] = await Promise.all([queue.flush(), queue.flush()])
    expect(a).toEqual(b)
    expect(net.state.sent).toBe(1)
    // The same house again, under a new intent: the server refuses it (already inspected).
    queue.add({ ...queueItem(c._id), requestId: newIntent() })
    expect(await queue.flush()).toEqual({ sent: 0, waiting: 0, refused: 1, offline: false })
    const sentBefore = net.state.sent
    expect(await queue.flush()).toMatchObject({ sent: 0, refused: 1 })
    expect(net.state.sent).toBe(sentBefore)
    expect(queue.list()[0]).toMatchObject({ refused: true, lastError: '这户本期已经排查过了' })
  })
})

const queueItem = (campaignId: string) => ({
  action: 'inspection.record',
  input: { campaignId, houseId: 'house-1', condition: '复查无变化', grade: 'A' },
  photos: [],
  photoField: 'photos' as const,
  label: 'house-1',
})

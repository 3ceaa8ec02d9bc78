import { caller } from '../cloudfunctions/call'
import { USERS } from '../factories/world.factory'
import { reusableWorld } from './reusable-world'

describe('reusable world', () => {
  it('knows a read left the store alone and a write did not, and starts afresh after the write', async () => {
    const worlds = reusableWorld()
    try {
      const first = await worlds.world()
      await caller(first)('user', USERS.farmer._id, { action: 'messages' })
      expect(await worlds.unchanged()).toBe(true)
      const answer = await caller(first)('user', USERS.farmer._id, { action: 'markRead', ids: [`msg-${USERS.farmer._id}`] })
      expect(answer).toEqual({ ok: true, data: { updated: 1 } })
      expect(await worlds.unchanged()).toBe(false)
      const again = await caller(await worlds.world())('user', USERS.farmer._id, {
        action: 'markRead',
        ids: [`msg-${USERS.farmer._id}`],
      })
      expect(again).toEqual({ ok: true, data: { updated: 1 } })
    } finally {
      worlds.close()
    }
  })
})

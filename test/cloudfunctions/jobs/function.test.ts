import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { col } from '@shared/usecases/collections'
import { runTimer } from '../../../cloudfunctions/jobs/function'
import { composeLocal } from '../../../cloudfunctions/_local/compose-local'
import { buildServer } from '../../../cloudfunctions/_local/server'
import { aJobWorld, aPendingMessage, queue } from '../../factories/jobs.factory'

/** The jobs function as CloudBase calls it: a timer event, no OPENID. */
describe('jobs function', () => {
  const timer = (TriggerName: string) => ({ Type: 'Timer', TriggerName, Time: '2026-11-23T02:00:00Z', Message: '' })

  it('runs the job its trigger names and answers what it did', async () => {
    const world = aJobWorld()
    await queue(world.deps, aPendingMessage('a'))
    expect(await runTimer(timer('deliver-outbox'), null, world.deps)).toMatchObject({
      ok: true,
      data: { job: 'deliver-outbox', outcome: 'ran', summary: { sent: 1 } },
    })
    expect(world.sender.sent).toEqual(['a'])
    await world.close()
  })

  it('refuses a call from the mini-program, an event that is no timer and a trigger it does not know', async () => {
    const world = aJobWorld()
    await queue(world.deps, aPendingMessage('a'))
    expect(await runTimer(timer('deliver-outbox'), 'o-someone', world.deps)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await runTimer({ action: 'deliver-outbox' }, null, world.deps)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    })
    expect(await runTimer(timer('nothing-here'), null, world.deps)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(world.sender.sent).toEqual([])
    await world.close()
  })
})

describe('jobs on the local server', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'anju-jobs-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('are not an API function, and run now through the dev route only in development', async () => {
    const runtime = await composeLocal(dir)
    await queue({ ...runtime.deps, sender: runtime.sender }, aPendingMessage('left-over'))
    for (const dev of [false, true]) {
      const app = await buildServer({ runtime, dev })
      const api = await app.inject({
        method: 'POST',
        url: '/api/jobs',
        payload: { Type: 'Timer', TriggerName: 'deliver-outbox' },
      })
      expect(api.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
      const now = await app.inject({ method: 'POST', url: '/api/dev/jobs/deliver-outbox' })
      if (dev) expect(now.json()).toMatchObject({ ok: true, data: { outcome: 'ran', summary: { sent: 1 } } })
      else expect(now.json()).not.toHaveProperty('data')
      await app.close()
    }
    expect(await col(runtime.store, 'notifications').doc('left-over').get()).toMatchObject({ status: 'sent' })
    await runtime.close()
  })
})

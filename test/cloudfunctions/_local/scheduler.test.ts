import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { col } from '@shared/usecases/collections'
import { deliverOutboxJob } from '@shared/usecases/jobs/deliver-outbox.job'
import type { Job } from '@shared/usecases/jobs/job'
import { composeLocal } from '../../../cloudfunctions/_local/compose-local'
import { runLocalJob, startScheduler } from '../../../cloudfunctions/_local/scheduler'
import { aPendingMessage, queue } from '../../factories/jobs.factory'

/** The local stand-in for CloudBase timer triggers. */
describe('local scheduler', () => {
  const job = (name: string, schedule: string): Job => ({ name, schedule, summary: name, run: async () => ({}) })

  describe('with fake timers', () => {
    beforeEach(() => {
      jest.useFakeTimers()
      jest.setSystemTime(new Date('2026-11-23T02:00:30.000Z'))
    })
    afterEach(() => jest.useRealTimers())

    it('runs each job at the times its cron names, and nothing after stop', async () => {
      const runs: string[] = []
      const scheduler = startScheduler({
        jobs: [job('every-minute', '0 * * * * * *'), job('daily', '0 30 3 * * * *')],
        run: async (j) => void runs.push(`${j.name}@${new Date().toISOString().slice(11, 19)}`),
      })
      await jest.advanceTimersByTimeAsync(29_000)
      expect(runs).toEqual([])
      await jest.advanceTimersByTimeAsync(2 * 60_000)
      expect(runs).toEqual(['every-minute@02:01:00', 'every-minute@02:02:00'])
      await scheduler.stop()
      await jest.advanceTimersByTimeAsync(24 * 60 * 60_000)
      expect(runs).toHaveLength(2)
    })

    it('keeps going after a run fails, and waits for a running run on stop', async () => {
      const errors: unknown[] = []
      let finished = 0
      const scheduler = startScheduler({
        jobs: [job('flaky', '0 * * * * * *')],
        run: async () => {
          await new Promise((resolve) => setTimeout(resolve, 10_000))
          finished++
          throw new Error('boom')
        },
        onError: (_j, error) => errors.push(error),
      })
      await jest.advanceTimersByTimeAsync(30_000 + 60_000 + 10_000)
      expect(errors).toHaveLength(2)
      await jest.advanceTimersByTimeAsync(50_000 + 1_000)
      const stopping = scheduler.stop()
      await jest.advanceTimersByTimeAsync(10_000)
      await stopping
      expect(finished).toBe(3)
    })
  })

  it('delivers a pending message with no write traffic at all, on the tick alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anju-scheduler-'))
    const runtime = await composeLocal(dir)
    await queue({ ...runtime.deps, sender: runtime.sender }, aPendingMessage('left-over'))
    const everySecond = { ...deliverOutboxJob, schedule: '* * * * * * *' }
    const scheduler = startScheduler({ jobs: [everySecond], run: (j) => runLocalJob(runtime, j) })
    const stored = () => col(runtime.store, 'notifications').doc('left-over').get()
    for (let waited = 0; (await stored())?.status !== 'sent' && waited < 5_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await scheduler.stop()
    expect(await stored()).toMatchObject({ status: 'sent' })
    expect((await runtime.sender.readAll()).map((d) => d.message._id)).toEqual(['left-over'])
    await runtime.close()
    rmSync(dir, { recursive: true, force: true })
  })
})

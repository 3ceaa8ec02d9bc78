import { memoryFiles } from './memory-files.factory'
import { createCalendar } from '@shared/domain/calendar'
import type { Notification } from '@shared/schemas/notification'
import { checkedStore } from '@shared/store/checked-store'
import { INDEXES } from '@shared/store/collections'
import { col, withoutId } from '@shared/usecases/collections'
import type { JobDeps } from '@shared/usecases/jobs/job'
import { outboxRecord } from '@shared/usecases/notify'
import { newId } from '../../cloudfunctions/_lib/adapters/ids'
import { openSqliteStore } from '../../cloudfunctions/_lib/adapters/sqlite/sqlite-store'

/** A clock that stands still until a test moves it. */
export function aSteppedClock(start = '2026-11-23T02:00:00.000Z') {
  let now = Date.parse(start)
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms
    },
  }
}

/** A sender that records what it delivered; `refuse` makes every send fail, `delayMs` makes it slow. */
export function aRecordingSender(options: { refuse?: boolean; delayMs?: number } = {}) {
  const sent: string[] = []
  return {
    sent,
    async send(message: Notification) {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
      if (options.refuse) throw new Error('errcode 43101: user refused')
      sent.push(message._id)
    },
  }
}

/** Ports for a job on an empty in-memory store, writes checked against the schemas as outside production. */
export function aJobWorld(sender = aRecordingSender()) {
  const raw = openSqliteStore({ file: ':memory:', indexes: INDEXES })
  const clock = aSteppedClock()
  const deps: JobDeps = {
    store: checkedStore(raw),
    files: memoryFiles(),
    clock,
    calendar: createCalendar(),
    newId,
    sender,
  }
  return { deps, clock, sender, raw, close: () => raw.close() }
}

export function aPendingMessage(id: string, at = '2026-11-23T01:00:00.000Z'): Notification {
  return outboxRecord(id, at, {
    recipientId: 'u1',
    kind: 'funds_arrived',
    title: '补助资金已到账',
    body: '¥5,000.00',
    fields: {},
    page: '/pages/payments/index',
  })
}

export async function queue(deps: JobDeps, ...messages: Notification[]): Promise<void> {
  for (const m of messages) await col(deps.store, 'notifications').doc(m._id).set(withoutId(m))
}

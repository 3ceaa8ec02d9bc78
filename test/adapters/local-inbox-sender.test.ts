import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Notification } from '@shared/schemas/notification'
import { createLocalInboxSender, readLocalInbox } from '../../cloudfunctions/_lib/adapters/local/local-inbox-sender'

const message = (id: string): Notification => ({
  _id: id,
  recipientId: 'u1',
  kind: 'case_update',
  title: '申请已受理',
  body: '您的改造申请已由乡镇受理',
  fields: { thing1: '已受理' },
  page: 'pages/cases/detail?id=c1',
  status: 'pending',
  attempts: 0,
  read: false,
  createdAt: '2025-03-01T08:00:00+08:00',
  seq: `2025-03-01T08:00:00+08:00|${id}`,
})

describe('local inbox sender', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'anju-inbox-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('appends one JSON line per message, creating folders, and reads them back in order', async () => {
    const file = join(dir, 'data', 'deep', 'outbox.jsonl')
    const sender = createLocalInboxSender(file, () => new Date('2025-03-01T00:00:00Z'))
    expect(await sender.readAll()).toEqual([])
    await sender.send(message('n1'))
    await sender.send(message('n2'))
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[0])).toEqual({ deliveredAt: '2025-03-01T00:00:00.000Z', message: message('n1') })
    expect((await sender.readAll()).map((d) => d.message._id)).toEqual(['n1', 'n2'])
    expect(await readLocalInbox(file)).toEqual(await sender.readAll())
  })

  it('keeps every line whole when many sends run at once', async () => {
    const sender = createLocalInboxSender(join(dir, 'outbox.jsonl'))
    await Promise.all(Array.from({ length: 50 }, (_, i) => sender.send(message(`n${i}`))))
    const delivered = await sender.readAll()
    expect(delivered.map((d) => d.message._id).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `n${i}`).sort())
  })
})

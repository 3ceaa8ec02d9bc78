import type Database from 'better-sqlite3'
import { fieldExpr as f } from '../../../cloudfunctions/_lib/adapters/sqlite/sql-query'
import { digest } from '@shared/usecases/auth/secrets'

/**
 * The floor: each hot action done directly on SQLite with hand-written statements — the caller's
 * session and user record, then the same reads and the same write transaction the app makes, rows
 * parsed and returned — and none of the product's layers (contract parsing, use cases, store adapter, output
 * checking). What the API costs above this is what our code costs.
 */
type Row = { id: string; doc: string }
type Body = Record<string, unknown>
const PAGE = 21 // a page of 20 and one more to know whether another page exists

const parse = (row: Row | undefined) => (row ? { _id: row.id, ...JSON.parse(row.doc) } : null)

export function createFloor(db: Database.Database) {
  const one = (table: string) => db.prepare(`SELECT id, doc FROM "${table}" WHERE id = ?`)
  const session = one('sessions')
  const user = one('users')
  const caseById = one('cases')
  const household = one('households')
  const house = one('houses')
  const region = one('regions')
  const usersOf = db.prepare(`SELECT id, doc FROM users WHERE ${f('householdId')} = ? ORDER BY id LIMIT 50`)
  const inboxAt = (level: string) =>
    db.prepare(
      `SELECT id, doc FROM cases WHERE ${f('state')} = ? AND ${f(`region.${level}`)} = ? ORDER BY ${f('seq')}, id LIMIT ${PAGE}`,
    )
  const inbox = { village: inboxAt('village'), township: inboxAt('township'), county: inboxAt('county') }
  const STATE_FOR = { village: 'submitted', township: 'village_approved', county: 'township_approved' } as const
  const appraisalInbox = db.prepare(
    `SELECT id, doc FROM appraisals WHERE ${f('appraiserId')} = ? AND ${f('state')} = 'ordered' ORDER BY ${f('seq')}, id LIMIT ${PAGE}`,
  )
  const openObjectionsOf = db.prepare(
    `SELECT id, doc FROM objections WHERE ${f('state')} = 'open' AND ${f('region.township')} = ? ORDER BY ${f('seq')}, id LIMIT ${PAGE}`,
  )
  const hazardsOfVillage = db.prepare(
    `SELECT id, doc FROM hazard_reports WHERE ${f('region.village')} = ? AND ${f('moderation.hidden')} = 0 ORDER BY ${f('seq')} DESC, id DESC LIMIT ${PAGE}`,
  )
  const openLedgerOf = db.prepare(
    `SELECT id, doc FROM ledger_entries WHERE ${f('region.village')} = ? AND ${f('state')} = 'open' ORDER BY ${f('seq')}, id LIMIT ${PAGE}`,
  )
  const paymentsOfCase = db.prepare(`SELECT id, doc FROM payments WHERE ${f('caseId')} = ? ORDER BY ${f('seq')}, id LIMIT 100`)
  const noticesOfCase = db.prepare(`SELECT id, doc FROM notices WHERE ${f('caseId')} = ? ORDER BY ${f('seq')}, id LIMIT 100`)
  const boardAll = db.prepare(`SELECT id, doc FROM notices ORDER BY ${f('seq')} DESC, id DESC LIMIT ${PAGE}`)
  const boardAt = (level: string) =>
    db.prepare(`SELECT id, doc FROM notices WHERE ${f(`region.${level}`)} = ? ORDER BY ${f('seq')} DESC, id DESC LIMIT ${PAGE}`)
  const board = { village: boardAt('village'), township: boardAt('township'), county: boardAt('county') }
  const paymentsOf = db.prepare(
    `SELECT id, doc FROM payments WHERE ${f('householdId')} = ? ORDER BY ${f('seq')} DESC, id DESC LIMIT ${PAGE}`,
  )
  const put = (table: string) =>
    db.prepare(`INSERT INTO "${table}" (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`)
  const putCase = put('cases')
  const putHousehold = put('households')
  const putNotice = put('notices')
  const putMessage = put('notifications')

  const levelOf = (path: string) => (['county', 'township', 'village'] as const)[path.split('.').length - 1]!
  const page = (rows: Row[]) => ({ items: rows.slice(0, PAGE - 1).map(parse), next: rows.length === PAGE ? 'more' : null })
  const caller = (token: string) => {
    const s = parse(session.get(digest(token)) as Row | undefined)
    return s ? parse(user.get(s.openid) as Row | undefined) : null
  }
  let serial = 0
  const newId = (prefix: string) => `${prefix}floor${process.pid}x${++serial}`

  return {
    inbox(token: string) {
      const u = caller(token)
      const level = levelOf(u.regionPath)
      return page(inbox[level as keyof typeof inbox].all(STATE_FOR[level as keyof typeof STATE_FOR], u.regionPath) as Row[])
    },
    appraisalInbox(token: string) {
      const u = caller(token)
      return page(appraisalInbox.all(u._id) as Row[])
    },
    detail(token: string, body: Body) {
      caller(token)
      const c = parse(caseById.get(body.caseId) as Row | undefined)
      return {
        case: c,
        household: parse(household.get(c.householdId) as Row | undefined),
        house: parse(house.get(c.houseId) as Row | undefined),
        payments: (paymentsOfCase.all(c._id) as Row[]).map(parse),
        notices: (noticesOfCase.all(c._id) as Row[]).map(parse),
      }
    },
    board(token: string, body: Body) {
      caller(token)
      const path = body.regionPath as string | undefined
      return page((path ? board[levelOf(path) as keyof typeof board].all(path) : boardAll.all()) as Row[])
    },
    objections(token: string) {
      const u = caller(token)
      return page(openObjectionsOf.all(u.regionPath) as Row[])
    },
    hazards(token: string, body: Body) {
      caller(token)
      return page(hazardsOfVillage.all(body.regionPath) as Row[])
    },
    ledger(token: string) {
      const u = caller(token)
      return page(openLedgerOf.all(u.regionPath) as Row[])
    },
    payments(token: string) {
      const u = caller(token)
      return page(paymentsOf.all(u.householdId) as Row[])
    },
    apply(token: string, body: Body) {
      const u = caller(token)
      // The reads the rules need before the write: the household, the chosen house, the village's name.
      const before = parse(household.get(u.householdId) as Row | undefined)
      const home = parse(house.get(body.houseId) as Row | undefined)
      const village = parse(region.get(before.regionPath) as Row | undefined)
      return db
        .transaction(() => {
          const h = parse(household.get(u.householdId) as Row | undefined)
          if (h.activeCaseId) throw new Error('duplicate case')
          const id = newId('c')
          const { _id, ...rest } = { ...h, activeCaseId: id }
          putHousehold.run(_id, JSON.stringify(rest))
          const at = new Date().toISOString()
          const on = at.slice(0, 10)
          // A document of the same shape and size as the app's, so the write costs the same and reads of it work.
          const c = {
            caseNo: `AJ${on.replace(/-/g, '')}${id.slice(-6).toUpperCase()}`,
            householdId: h._id,
            houseId: body.houseId,
            regionPath: h.regionPath,
            region: h.region,
            villageName: village.name,
            applicantName: h.headName,
            appliedBy: 'self',
            targetGroup: body.targetGroup,
            mode: body.mode,
            reason: body.reason,
            photoIds: [],
            gradeAtApplication: home.grades.at(-1)?.grade ?? null,
            householdSize: h.members.length,
            state: 'submitted',
            workflowVersion: 1,
            policyProfileId: 'luozhuang-2020',
            subsidyCapFen: null,
            publicityClosesOn: null,
            paidFen: 0,
            history: [
              {
                from: null,
                to: 'submitted',
                event: 'submit',
                actorRole: u.role,
                actorId: u._id,
                actorName: u.name,
                comment: '',
                at,
                on,
              },
            ],
            createdAt: at,
            updatedAt: at,
            seq: `${at}|${id}`,
          }
          putCase.run(id, JSON.stringify(c))
          return { _id: id, ...c }
        })
        .immediate()
    },
    approve(token: string, body: Body) {
      const u = caller(token)
      // Who in the household is told: read before the write, as the app does.
      const before = parse(caseById.get(body.caseId) as Row | undefined)
      const recipients = (usersOf.all(before.householdId) as Row[]).map(parse)
      return db
        .transaction(() => {
          const c = parse(caseById.get(body.caseId) as Row | undefined)
          if (c.state !== 'submitted') throw new Error('not waiting for review')
          const at = new Date().toISOString()
          const on = at.slice(0, 10)
          const entry = {
            from: 'submitted',
            to: 'village_approved',
            event: 'approve',
            actorRole: u.role,
            actorId: u._id,
            actorName: u.name,
            comment: String(body.comment ?? ''),
            at,
            on,
          }
          const { _id, ...rest } = {
            ...c,
            state: 'village_approved',
            publicityClosesOn: on,
            updatedAt: at,
            history: [...c.history, entry],
          }
          putCase.run(_id, JSON.stringify(rest))
          const noticeId = newId('n')
          const notice = {
            caseId: _id,
            regionPath: c.regionPath,
            region: c.region,
            villageName: c.villageName,
            stage: 'village_review',
            maskedName: `${String(c.applicantName).slice(0, 1)}*`,
            summary: `申请${c.mode}，${c.householdSize}人户；村评议结果：通过`,
            postedOn: on,
            opensOn: on,
            closesOn: on,
            createdAt: at,
            seq: `${at}|${noticeId}`,
          }
          putNotice.run(noticeId, JSON.stringify(notice))
          for (const recipient of recipients) {
            const messageId = newId('m')
            const message = {
              recipientId: recipient._id,
              kind: 'case_update',
              title: '申请进度更新',
              body: `您的申请${c.caseNo}：村评议通过`,
              fields: { caseNo: c.caseNo, state: '村评议通过', date: on, comment: '无' },
              page: `/pages/case/index?id=${_id}`,
              status: 'pending',
              attempts: 0,
              nextAttemptAt: at,
              read: false,
              createdAt: at,
              seq: `${at}|${messageId}`,
            }
            putMessage.run(messageId, JSON.stringify(message))
          }
          return { _id, ...rest }
        })
        .immediate()
    },
  }
}
export type Floor = ReturnType<typeof createFloor>
export type FloorAction = keyof Floor

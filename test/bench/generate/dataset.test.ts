import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { z } from 'zod'
import { containsSensitive } from '@shared/domain/masking'
import { publicityStageOf } from '@shared/domain/workflow/effects'
import { CLOSED_STATES } from '@shared/domain/workflow/states'
import { CURRENT_TABLE } from '@shared/domain/workflow/tables'
import { Application, CaseState } from '@shared/schemas/application'
import { Appraisal } from '@shared/schemas/appraisal'
import { House } from '@shared/schemas/house'
import { HazardReport } from '@shared/schemas/hazard'
import { Household } from '@shared/schemas/household'
import { LedgerEntry } from '@shared/schemas/ledger'
import { Notification } from '@shared/schemas/notification'
import { Objection } from '@shared/schemas/objection'
import { Payment } from '@shared/schemas/payment'
import { PublicityNotice } from '@shared/schemas/publicity'
import { Region } from '@shared/schemas/region'
import { User } from '@shared/schemas/user'
import { generateDataset } from './dataset'
import type { Manifest } from './manifest'

const SCHEMAS: Record<string, z.ZodType> = {
  users: User,
  regions: Region,
  households: Household,
  houses: House,
  cases: Application,
  notices: PublicityNotice,
  payments: Payment,
  notifications: Notification,
  appraisals: Appraisal,
  objections: Objection,
  hazard_reports: HazardReport,
  ledger_entries: LedgerEntry,
}

type Row = { id: string; doc: string }

const OPENED = new Date()
/** The benchmark's data: deterministic, valid by the app's own schemas, and consistent the way the app keeps it. */
describe('generateDataset (1,000 households)', () => {
  let dir: string
  let manifest: Manifest
  let db: Database.Database
  const rows = (table: string) => db.prepare(`SELECT id, doc FROM "${table}" ORDER BY id`).all() as Row[]
  const docs = <T>(table: string) => rows(table).map((r) => ({ _id: r.id, ...JSON.parse(r.doc) }) as T)

  function digest(file: string): string {
    const other = new Database(file, { readonly: true })
    const hash = createHash('sha256')
    for (const table of Object.keys(SCHEMAS)) {
      for (const r of other.prepare(`SELECT id, doc FROM "${table}" ORDER BY id`).all() as Row[])
        hash.update(`${table}/${r.id}=${r.doc}\n`)
    }
    other.close()
    return hash.digest('hex')
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'anju-gen-'))
    manifest = generateDataset({ households: 1_000, file: join(dir, 'a.db'), sessionsOpenedAt: OPENED })
    db = new Database(join(dir, 'a.db'), { readonly: true })
  })
  afterAll(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('makes exactly the households asked for, with a house each', () => {
    expect(manifest.counts.households).toBe(1_000)
    expect(manifest.counts.houses).toBe(1_000)
  })

  it('gives the same data for the same seed and different data for another', () => {
    generateDataset({ households: 1_000, file: join(dir, 'b.db'), sessionsOpenedAt: OPENED })
    generateDataset({ households: 1_000, file: join(dir, 'c.db'), sessionsOpenedAt: OPENED, seed: 7 })
    expect(digest(join(dir, 'b.db'))).toBe(digest(join(dir, 'a.db')))
    expect(digest(join(dir, 'c.db'))).not.toBe(digest(join(dir, 'a.db')))
  })

  it.each(Object.keys(SCHEMAS))('writes %s that the app’s schema accepts', (table) => {
    const all = docs<object>(table)
    expect(all.length).toBeGreaterThan(0)
    for (const doc of all) expect(() => SCHEMAS[table]!.parse(doc)).not.toThrow()
  })

  it('has cases in every state', () => {
    const states = new Set(docs<Application>('cases').map((c) => c.state))
    expect([...states].sort()).toEqual([...CaseState.options].sort())
  })

  it('links each live case from its household, and no closed one', () => {
    const households = new Map(docs<Household>('households').map((h) => [h._id, h]))
    for (const c of docs<Application>('cases')) {
      const live = !CLOSED_STATES.includes(c.state)
      expect(households.get(c.householdId)!.activeCaseId === c._id).toBe(live)
    }
  })

  it('pays within each ceiling, and the case’s running total is its payments', () => {
    const paid = new Map<string, number>()
    for (const p of docs<Payment>('payments')) paid.set(p.caseId, (paid.get(p.caseId) ?? 0) + p.amountFen)
    for (const c of docs<Application>('cases')) {
      expect(c.paidFen).toBe(paid.get(c._id) ?? 0)
      if (c.paidFen > 0) expect(c.paidFen).toBeLessThanOrEqual(c.subsidyCapFen!)
    }
  })

  it('holds each case with an open objection on its running notice, and counts it on the case', () => {
    const objections = docs<Objection>('objections')
    const open = objections.filter((o) => o.state === 'open')
    expect(open.length).toBeGreaterThan(0)
    expect(objections.length).toBeGreaterThan(open.length)
    const cases = new Map(docs<Application>('cases').map((c) => [c._id, c]))
    const notices = new Map(docs<PublicityNotice>('notices').map((n) => [n._id, n]))
    for (const o of open) {
      const c = cases.get(o.caseId)!
      expect(publicityStageOf(CURRENT_TABLE, c.state)).toBe(o.stage)
      expect(notices.get(o.noticeId)!.closesOn).toBe(c.publicityClosesOn)
      expect(o.resolution).toBeNull()
    }
    for (const c of cases.values()) expect(c.openObjections).toBe(open.filter((o) => o.caseId === c._id).length)
  })

  it('never puts an ID, phone or bank number on a public notice', () => {
    for (const n of docs<PublicityNotice>('notices')) {
      expect(containsSensitive(`${n.maskedName} ${n.summary}`)).toBe(false)
      expect(n.maskedName).toMatch(/\*/)
    }
  })

  it('gives open appraisal orders to the county’s appraisers, each claimed by its house', () => {
    const houses = new Map(docs<House>('houses').map((h) => [h._id, h]))
    const appraisers = new Set(manifest.officials.appraiser.map((a) => a.openid))
    const open = docs<Appraisal>('appraisals').filter((a) => a.state === 'ordered')
    expect(open.length).toBeGreaterThan(0)
    for (const a of open) {
      expect(houses.get(a.houseId)!.openAppraisalId).toBe(a._id)
      expect(appraisers.has(a.appraiserId!)).toBe(true)
      expect(a.appraiserId!.includes(a.region.county)).toBe(true)
    }
    const claimed = [...houses.values()].filter((h) => h.openAppraisalId !== null)
    expect(claimed.length).toBe(open.length)
  })

  it('routes each hazard report to its village, and puts each verified one on that village’s ledger', () => {
    const houses = new Map(docs<House>('houses').map((h) => [h._id, h]))
    const entries = new Map(docs<LedgerEntry>('ledger_entries').map((e) => [e._id, e]))
    const reports = docs<HazardReport>('hazard_reports')
    expect(new Set(reports.map((r) => r.status)).size).toBe(6)
    expect(reports.some((r) => r.anonymous) && reports.some((r) => !r.anonymous)).toBe(true)
    for (const r of reports) {
      if (r.houseId) expect(houses.get(r.houseId)!.regionPath).toBe(r.regionPath)
      if (r.anonymous) expect([r.reporterName, r.contactPhone]).toEqual([null, null])
      const entry = r.ledgerEntryId ? entries.get(r.ledgerEntryId) : undefined
      expect(entry !== undefined).toBe(r.status === 'in_ledger' || r.status === 'resolved')
      if (entry) {
        expect(entry.regionPath).toBe(r.regionPath)
        expect(entry.state === 'closed').toBe(r.status === 'resolved')
      }
    }
  })

  it('keeps every ledger entry on a house of its village, closed only with evidence and a second official', () => {
    const houses = new Map(docs<House>('houses').map((h) => [h._id, h]))
    const entries = docs<LedgerEntry>('ledger_entries')
    expect(new Set(entries.map((e) => e.source.kind)).size).toBe(3)
    expect(new Set(entries.map((e) => e.state)).size).toBe(3)
    for (const e of entries) {
      expect(houses.get(e.houseId!)!.regionPath).toBe(e.regionPath)
      if (e.state !== 'open') expect(e.closure!.photoIds.length).toBeGreaterThan(0)
      if (e.state === 'closed') expect(e.confirmation!.byId).not.toBe(e.closure!.byId)
      if (e.kind === 'monitoring') expect(houses.get(e.houseId!)!.grades.at(-1)!.grade).toBe('B')
    }
    const villages = new Set(manifest.officials.village.map((v) => v.regionPath))
    for (const v of manifest.hazardVillages) expect(villages.has(v.path)).toBe(true)
  })

  it('hands the load tests callers that exist, with sessions', () => {
    const sessions = new Set(rows('sessions').map((r) => r.id))
    const digestOf = (token: string) => createHash('sha256').update(token).digest('base64url')
    const users = new Set(rows('users').map((r) => r.id))
    const logins = [
      ...manifest.officials.village,
      ...manifest.officials.county,
      ...manifest.officials.appraiser,
      ...manifest.payees,
    ]
    for (const login of logins) {
      expect(sessions.has(digestOf(login.token))).toBe(true)
      expect(users.has(login.openid)).toBe(true)
    }
    const submitted = new Set(
      docs<Application>('cases')
        .filter((c) => c.state === 'submitted')
        .map((c) => c._id),
    )
    expect(manifest.approvals.length).toBe(submitted.size)
    for (const a of manifest.approvals) expect(submitted.has(a.caseId)).toBe(true)
    expect(manifest.applicants.length).toBeGreaterThan(0)
  })
})

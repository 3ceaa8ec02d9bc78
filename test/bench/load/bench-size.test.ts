import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Application } from '@shared/schemas/application'
import { Appraisal } from '@shared/schemas/appraisal'
import { Notification } from '@shared/schemas/notification'
import { Objection } from '@shared/schemas/objection'
import { PublicityNotice } from '@shared/schemas/publicity'
import { benchSize, type SizeReport } from './bench-size'

/**
 * The benchmark's smoke run: 1,000 households through the whole harness — generator, the API server and the
 * floor server under autocannon, every query plan read back. Nothing here is timed; it proves each hot action
 * answers successfully on both servers, so `npm run bench` measures real work.
 */
describe('benchSize at 1,000 households', () => {
  let dir: string
  let report: SizeReport

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'anju-bench-'))
    report = await benchSize(
      1_000,
      dir,
      { connections: 4, peakConnections: 32, readSeconds: 1, warmupSeconds: 0, maxWrites: 20 },
      () => {},
    )
  }, 180_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs the hot actions', () => {
    expect(report.actions.map((a) => a.name)).toEqual([
      'official inbox',
      'appraisal inbox',
      'case detail',
      'publicity board',
      'objection inbox',
      'hazard public list',
      'ledger',
      'my payments',
      'apply',
      'approve',
    ])
  })

  it.each(['api', 'floor'] as const)('gets a success envelope for every %s call', (side) => {
    for (const a of report.actions) {
      expect({ action: a.name, failures: a[side].failures, first: a[side].firstFailure }).toEqual({
        action: a.name,
        failures: 0,
        first: null,
      })
      expect(a[side].requests).toBeGreaterThan(0)
    }
  })

  it('loads the inbox at peak concurrency without a failure, and reads the server’s memory', () => {
    expect(report.peak).toMatchObject({ failures: 0, firstFailure: null })
    expect(report.peak.requests).toBeGreaterThan(0)
    expect(report.apiPeakRssMiB).toBeGreaterThan(10)
  })

  it('calls every list of the app, and the page after it, successfully', () => {
    expect(report.sweepFailures).toEqual([])
  })

  it('reads back the plan of every query the server ran, and none scans', () => {
    const sqls = report.plans.map((p) => p.sql)
    expect(sqls.some((s) => s.includes('FROM "cases"') && s.includes("'$.state'"))).toBe(true)
    expect(sqls.some((s) => s.includes('FROM "notices"'))).toBe(true)
    expect(sqls.some((s) => s.includes('FROM "appraisals"') && s.includes("'$.appraiserId'"))).toBe(true)
    expect(sqls.some((s) => s.includes('FROM "objections"') && s.includes("'$.region.township'"))).toBe(true)
    expect(sqls.some((s) => s.includes('FROM "hazard_reports"') && s.includes("'$.region.village'"))).toBe(true)
    expect(sqls.some((s) => s.includes('FROM "ledger_entries"') && s.includes("'$.state'"))).toBe(true)
    expect(sqls.some((s) => s.includes("'$.seq') >"))).toBe(true)
    expect(report.plans.filter((p) => p.problem)).toEqual([])
  })

  it('leaves only records the app’s schemas accept, whoever wrote them (API or floor)', () => {
    const db = new Database(join(dir, 'anju.db'), { readonly: true })
    try {
      for (const [table, schema] of [
        ['cases', Application],
        ['notices', PublicityNotice],
        ['notifications', Notification],
        ['appraisals', Appraisal],
        ['objections', Objection],
      ] as const) {
        for (const row of db.prepare(`SELECT id, doc FROM "${table}"`).all() as Array<{ id: string; doc: string }>) {
          expect(() => schema.parse({ _id: row.id, ...JSON.parse(row.doc) })).not.toThrow()
        }
      }
    } finally {
      db.close()
    }
  })

  it('times the reads on SQLite alone', () => {
    for (const a of report.actions.filter((x) => !x.writes)) expect(a.sql!.p50Us).toBeGreaterThan(0)
  })
})

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
    report = await benchSize(1_000, dir, { connections: 4, readSeconds: 1, warmupSeconds: 0, maxWrites: 20 }, () => {})
  }, 180_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs the six hot actions', () => {
    expect(report.actions.map((a) => a.name)).toEqual(['official inbox', 'case detail', 'publicity board', 'my payments', 'apply', 'approve'])
  })

  it.each(['api', 'floor'] as const)('gets a success envelope for every %s call', (side) => {
    for (const a of report.actions) {
      expect({ action: a.name, failures: a[side].failures, first: a[side].firstFailure }).toEqual({ action: a.name, failures: 0, first: null })
      expect(a[side].requests).toBeGreaterThan(0)
    }
  })

  it('calls every list of the app, and the page after it, successfully', () => {
    expect(report.sweepFailures).toEqual([])
  })

  it('reads back the plan of every query the server ran, and none scans', () => {
    const sqls = report.plans.map((p) => p.sql)
    expect(sqls.some((s) => s.includes('FROM "cases"') && s.includes("'$.state'"))).toBe(true)
    expect(sqls.some((s) => s.includes('FROM "notices"'))).toBe(true)
    expect(sqls.some((s) => s.includes("'$.seq') >"))).toBe(true)
    expect(report.plans.filter((p) => p.problem)).toEqual([])
  })

  it('times the reads on SQLite alone', () => {
    for (const a of report.actions.filter((x) => !x.writes)) expect(a.sql!.p50Us).toBeGreaterThan(0)
  })
})

import { aBatchBench, aBenchRun, anActionRow, aLoadResult, aSizeReport } from '../factories/bench-run.factory'
import { batchGoals, batchSection, checkGoals, renderReport, spliceBatchSection } from './report'

const failing = (run: ReturnType<typeof aBenchRun>) =>
  checkGoals(run)
    .filter((g) => !g.met)
    .map((g) => g.goal)

describe('checkGoals', () => {
  it('meets every goal on a run that does', () => {
    expect(failing(aBenchRun())).toEqual([])
  })

  it('judges inbox and board latency at the largest size only, and the floor ratio at every size', () => {
    const slowSmall = aSizeReport(10_000, [anActionRow('official inbox', { api: aLoadResult({ p99: 80, rps: 100 }) })])
    const run = aBenchRun()
    expect(failing({ ...run, sizes: [slowSmall, ...run.sizes] })).toEqual(['official inbox at 10,000: API / floor ≤ 2×'])
    expect(failing({ ...run, sizes: [...run.sizes, slowSmall] })).toEqual([
      'official inbox at 10,000 households: p99 ≤ 25 ms',
      'official inbox at 10,000 households: ≥ 2,000 req/s',
      'official inbox at 10,000: API / floor ≤ 2×',
    ])
  })

  it('misses the floor ratio when the API does less than half the floor’s calls', () => {
    const run = aBenchRun({
      sizes: [
        aSizeReport(1_000, [
          anActionRow('my payments', { api: aLoadResult({ rps: 1_000 }), floor: aLoadResult({ rps: 2_001 }) }),
        ]),
      ],
    })
    expect(failing(run)).toEqual(['my payments at 1,000: API / floor ≤ 2×'])
  })

  it('misses on a large main package and a slow cold start', () => {
    const run = aBenchRun()
    run.packages.weapp.mainBytes = 601 * 1024
    run.bundles = [{ name: 'review', bytes: 1, requireMs: 151, sdkLoadMs: 0 }]
    expect(failing(run)).toEqual(['weapp main package ≤ 600.0 KB', 'cloud function review: cold require ≤ 150 ms'])
  })
})

describe('renderReport', () => {
  it('writes the machine, the goals and a table per size', () => {
    const md = renderReport(aBenchRun(), '## Findings and fixes\n\nnone yet')
    expect(md).toContain('Machine: Test CPU, 2 cores, 24 GiB')
    expect(md).toContain('### 1,000,000 households')
    expect(md).toMatch(/\| official inbox \| 5 s \| 4 \| 12 \| 2,500 \| 300 \| 4 \| 12 \| 4,000 \| 300 \| 40 \/ 90 \| 1\.60× \|/)
    expect(md).toContain('| user | 488.3 KB | 80 | 270 |')
    expect(md).toContain('the official inbox at 256 connections answered at p50 40 ms, p99 90 ms, 2,500 req/s')
    expect(md).toContain('resident memory peaked at 200 MiB')
    expect(md.trim().endsWith('none yet')).toBe(true)
  })
})

describe('the bank batch', () => {
  it('meets its goals when 100,000 payments take ≤ 5 s and every one is paid and told once', () => {
    expect(batchGoals(aBatchBench()).every((g) => g.met)).toBe(true)
    expect(batchGoals(aBatchBench({ totalMs: 5_001 }))[0]!.met).toBe(false)
    expect(batchGoals(aBatchBench({ payments: 2_000 }))[0]!.met).toBe(false)
    expect(batchGoals(aBatchBench({ messages: 100_001 }))[1]!.met).toBe(false)
    expect(batchGoals(aBatchBench({ resumed: { paidBeforeKill: 1, paidAfterResume: 2, messages: 3, ms: 1 } }))[1]!.met).toBe(
      false,
    )
  })

  it('replaces only its own section of docs/bench.md, or adds it before the findings', () => {
    const md = renderReport(aBenchRun(), '## Findings and fixes\n\nnone yet')
    const added = spliceBatchSection(md, batchSection(aBatchBench(), '2026-12-02', 'abc1234'))
    expect(added.indexOf('## Money: one bank batch')).toBeLessThan(added.indexOf('## Findings'))
    const again = spliceBatchSection(added, batchSection(aBatchBench({ totalMs: 7_000 }), '2026-12-03', 'def5678'))
    expect(again.match(/## Money: one bank batch/g)).toHaveLength(1)
    expect(again).toContain('Total 7.0 s')
    expect(again).toMatch(/\| lines paid \(one UPDATE\) \| 4,300 \| 1,900 \|/)
    expect(again).toMatch(/\| total \| 6,800 \| 4,400 \|/)
    expect(again.replace(/<!-- bank-batch:start -->[\s\S]*<!-- bank-batch:end -->/, '')).toBe(
      added.replace(/<!-- bank-batch:start -->[\s\S]*<!-- bank-batch:end -->/, ''),
    )
  })
})

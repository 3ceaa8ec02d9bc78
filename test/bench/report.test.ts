import { aBenchRun, anActionRow, aLoadResult, aSizeReport } from '../factories/bench-run.factory'
import { checkGoals, renderReport } from './report'

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

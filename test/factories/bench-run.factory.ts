import type { BatchBench } from '../bench/load/batch'
import type { LoadResult } from '../bench/load/fire'
import type { ActionRow, SizeReport } from '../bench/load/bench-size'
import type { BenchRun } from '../bench/report'
import { CaseState } from '@shared/schemas/application'
import type { Manifest } from '../bench/generate/manifest'

export function aLoadResult(overrides: Partial<LoadResult> = {}): LoadResult {
  return { requests: 10_000, failures: 0, firstFailure: null, p50: 4, p99: 12, rps: 2_500, cpuUsPerCall: 300, ...overrides }
}

export function anActionRow(name: string, overrides: Partial<ActionRow> = {}): ActionRow {
  return {
    name,
    writes: false,
    api: aLoadResult(),
    floor: aLoadResult({ rps: 4_000 }),
    sql: { p50Us: 40, p99Us: 90 },
    ...overrides,
  }
}

export function aSizeReport(households: number, actions: ActionRow[]): SizeReport {
  const manifest: Manifest = {
    households,
    seed: 1,
    today: '2026-11-23',
    counts: { households },
    casesByState: Object.fromEntries(CaseState.options.map((s) => [s, 1])) as Manifest['casesByState'],
    generateMs: 1_000,
    fileBytes: 2 ** 20,
    officials: { village: [], township: [], county: [], finance: [], appraiser: [] },
    details: [],
    payees: [],
    applicants: [],
    approvals: [],
    boardRegions: [],
    visitors: [],
    hazardVillages: [],
  }
  return { manifest, actions, peak: aLoadResult({ p50: 40, p99: 90 }), apiPeakRssMiB: 200, plans: [], sweepFailures: [] }
}

/** A run that meets every goal unless told otherwise. */
export function aBenchRun(overrides: Partial<BenchRun> = {}): BenchRun {
  return {
    date: '2026-11-25',
    commit: 'abc1234',
    machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 24, node: 'v20.20.2', os: 'Linux' },
    options: { connections: 16, peakConnections: 256, readSeconds: 5, warmupSeconds: 1, maxWrites: 2_000 },
    sizes: [
      aSizeReport(1_000_000, [
        anActionRow('official inbox'),
        anActionRow('publicity board'),
        anActionRow('apply', { writes: true }),
      ]),
    ],
    bundles: [{ name: 'user', bytes: 500_000, requireMs: 80, sdkLoadMs: 270 }],
    packages: {
      weapp: {
        mainBytes: 500 * 1024,
        mainGoalBytes: 600 * 1024,
        limitBytes: 2 * 1024 * 1024,
        subpackages: { 'packages/review': 40_000 },
        buildMs: null,
      },
      h5: {
        jsFiles: 3,
        jsBytes: 650_000,
        jsGzipBytes: 170_000,
        largest: { file: 'vendors.js', bytes: 560_000, gzipBytes: 150_000 },
        buildMs: null,
      },
    },
    seconds: 300,
    ...overrides,
  }
}

/** A bank batch benchmark that met its goal: 100,000 payments in 4 s, each paid and told once, resumed cleanly. */
export function aBatchBench(overrides: Partial<BatchBench> = {}): BatchBench {
  return {
    payments: 100_000,
    seedSeconds: 10,
    steps: [
      { step: 'batchCreate', ms: 1_000 },
      { step: 'bankImport', ms: 3_000 },
    ],
    totalMs: 4_000,
    paid: 100_000,
    messages: 100_000,
    sentMessages: 100_000,
    exportBytes: { csv: 15_000_000, xlsx: 5_000_000 },
    resumed: { paidBeforeKill: 10_000, paidAfterResume: 20_000, messages: 20_000, ms: 900 },
    floors: (['documents', 'columns'] as const).map((layout) => ({
      layout,
      payments: 100_000,
      steps: [
        { step: 'lines paid (one UPDATE)', ms: layout === 'documents' ? 4_300 : 1_900 },
        { step: 'messages queued (one INSERT each)', ms: 2_500 },
      ],
      totalMs: layout === 'documents' ? 6_800 : 4_400,
    })),
    ...overrides,
  }
}

import type { BundleRow } from './bundles'
import type { LoadOptions, SizeReport } from './load/bench-size'
import type { BatchBench } from './load/batch'
import type { PackageReport } from './packages'

export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; os: string }

export type BenchRun = {
  date: string
  commit: string
  machine: Machine
  options: LoadOptions
  sizes: SizeReport[]
  bundles: BundleRow[]
  packages: PackageReport
  /** The bank batch (issue 11); absent from runs before it. */
  batch?: BatchBench
  seconds: number
}

/** The goals the issue set; what the report compares against. */
export const GOALS = {
  p99Ms: 25,
  rps: 2_000,
  apiOverFloor: 2,
  mainPackageBytes: 600 * 1024,
  packageLimitBytes: 2 * 1024 * 1024,
  coldRequireMs: 150,
  /** One bank batch of 100,000 payments built, exported, its result imported and every household told. */
  batchMs: 5_000,
}
const GOAL_ACTIONS = ['official inbox', 'publicity board']

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const n = (x: number) => Math.round(x).toLocaleString('en')
const mark = (ok: boolean) => (ok ? '✅' : '❌')
const ratioOf = (r: SizeReport['actions'][number]) => r.floor.rps / Math.max(r.api.rps, 1e-9)

function table(head: string[], rows: Array<Array<string | number>>): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  )
}

export type GoalCheck = { goal: string; measured: string; met: boolean }

/** Every goal: latency and throughput at the largest size measured, the floor ratio at each size. */
export function checkGoals(run: BenchRun): GoalCheck[] {
  const largest = run.sizes.at(-1)
  const checks: GoalCheck[] = []
  for (const row of largest?.actions.filter((a) => GOAL_ACTIONS.includes(a.name)) ?? []) {
    const at = `${row.name} at ${n(largest!.manifest.households)} households`
    checks.push({ goal: `${at}: p99 ≤ ${GOALS.p99Ms} ms`, measured: `${row.api.p99} ms`, met: row.api.p99 <= GOALS.p99Ms })
    checks.push({ goal: `${at}: ≥ ${n(GOALS.rps)} req/s`, measured: `${n(row.api.rps)} req/s`, met: row.api.rps >= GOALS.rps })
  }
  // The floor ratio holds at every size, not only the largest.
  for (const size of run.sizes) {
    for (const row of size.actions) {
      const ratio = ratioOf(row)
      const goal = `${row.name} at ${n(size.manifest.households)}: API / floor ≤ ${GOALS.apiOverFloor}×`
      checks.push({ goal, measured: `${ratio.toFixed(2)}×`, met: ratio <= GOALS.apiOverFloor })
    }
  }
  const w = run.packages.weapp
  checks.push({
    goal: `weapp main package ≤ ${kb(GOALS.mainPackageBytes)}`,
    measured: kb(w.mainBytes),
    met: w.mainBytes <= GOALS.mainPackageBytes,
  })
  for (const [root, bytes] of Object.entries(w.subpackages)) {
    checks.push({ goal: `subpackage ${root} ≤ 2 MB`, measured: kb(bytes), met: bytes <= GOALS.packageLimitBytes })
  }
  for (const b of run.bundles) {
    checks.push({
      goal: `cloud function ${b.name}: cold require ≤ ${GOALS.coldRequireMs} ms`,
      measured: `${b.requireMs.toFixed(0)} ms`,
      met: b.requireMs <= GOALS.coldRequireMs,
    })
  }
  if (run.batch) checks.push(...batchGoals(run.batch))
  return checks
}

export function batchGoals(b: BatchBench): GoalCheck[] {
  return [
    {
      goal: `bank batch of ${n(b.payments)} payments: built, exported, result imported, households told in ≤ ${GOALS.batchMs / 1000} s of server time`,
      measured: `${(b.totalMs / 1000).toFixed(1)} s`,
      met: b.totalMs <= GOALS.batchMs && b.payments >= 100_000,
    },
    {
      goal: 'bank batch: every payment paid once and told once, also after a kill half-way through the import',
      measured: `${n(b.paid)} paid, ${n(b.messages)} messages; resumed ${n(b.resumed.paidBeforeKill)} → ${n(b.resumed.paidAfterResume)}, ${n(b.resumed.messages)} messages`,
      met:
        b.paid === b.payments &&
        b.messages === b.payments &&
        b.sentMessages === b.payments &&
        b.resumed.messages === b.resumed.paidAfterResume,
    },
  ]
}

export const BATCH_START = '<!-- bank-batch:start -->'
export const BATCH_END = '<!-- bank-batch:end -->'

/** The money benchmark's section, between markers so `npm run bench -- --only batch` can replace it alone. */
export function batchSection(b: BatchBench, measuredOn: string, commit: string): string {
  return [
    BATCH_START,
    '## Money: one bank batch',
    '',
    `Measured on ${measuredOn} (commit \`${commit}\`) by \`test/bench/load/batch.ts\`: ${n(b.payments)} due payments, each to its own`,
    `household (seeded in ${b.seedSeconds.toFixed(0)} s), through the \`funds\` function as deployed (router, audit trail, no schema check of`,
    'writes), in-process on the embedded store; server time per step.',
    '',
    ...batchGoals(b).map((g) => `- ${mark(g.met)} ${g.goal}: ${g.measured}`),
    '',
    table(
      ['step', 'ms', 'µs per payment'],
      b.steps.map((s) => [s.step, n(s.ms), ((s.ms * 1000) / Math.max(b.payments, 1)).toFixed(0)]),
    ),
    '',
    `Total ${(b.totalMs / 1000).toFixed(1)} s; bank file ${kb(b.exportBytes.csv)} CSV, ${kb(b.exportBytes.xlsx)} Excel. After the run ${n(b.paid)} payments`,
    `are paid, ${n(b.messages)} “资金到账” messages queued and ${n(b.sentMessages)} sent. Resumed: an import of the same batch shape killed`,
    `half-way had paid ${n(b.resumed.paidBeforeKill)}; importing the same file again paid the rest (${n(b.resumed.paidAfterResume)} in all, ${n(b.resumed.messages)}`,
    `messages, ${n(b.resumed.ms)} ms).`,
    ...floorLines(b),
    BATCH_END,
  ].join('\n')
}

/**
 * What the same batch costs as bare SQL on the same machine (test/bench/load/batch-floor.ts): where the store stops
 * and the code starts, and whether the goal is within the store's reach at all.
 */
function floorLines(b: BatchBench): string[] {
  if (b.floors.length === 0) return []
  const steps = b.floors[0]!.steps.map((s) => s.step)
  return [
    '',
    `The store's floor: the same ${n(b.payments)} payments on the same machine as bare SQL, only the statements no design can skip`,
    "(`test/bench/load/batch-floor.ts`), in the store's layout (JSON documents, indexes on `json_extract`) and with every",
    'indexed field in a column of its own:',
    '',
    table(
      ['statement', ...b.floors.map((f) => `${f.layout} ms`)],
      [
        ...steps.map((step) => [step, ...b.floors.map((f) => n(f.steps.find((s) => s.step === step)?.ms ?? 0))]),
        ['total', ...b.floors.map((f) => n(f.totalMs))],
      ],
    ),
  ]
}

/** docs/bench.md with the bank batch section replaced (or added before the findings). */
export function spliceBatchSection(md: string, section: string): string {
  const start = md.indexOf(BATCH_START)
  const end = md.indexOf(BATCH_END)
  if (start >= 0 && end > start) return md.slice(0, start) + section + md.slice(end + BATCH_END.length)
  const findings = md.indexOf('## Findings')
  return findings >= 0 ? `${md.slice(0, findings)}${section}\n\n${md.slice(findings)}` : `${md.trimEnd()}\n\n${section}\n`
}

function sizeSection(s: SizeReport, options: LoadOptions): string {
  const m = s.manifest
  const counts = Object.entries(m.counts)
    .map(([c, k]) => `${c} ${n(k)}`)
    .join(', ')
  const states = Object.entries(m.casesByState)
    .map(([st, k]) => `${st} ${n(k)}`)
    .join(', ')
  const rows = s.actions.map((a) => [
    a.name,
    a.writes ? `${n(a.api.requests)} calls` : `${options.readSeconds} s`,
    a.api.p50,
    a.api.p99,
    n(a.api.rps),
    n(a.api.cpuUsPerCall),
    a.floor.p50,
    a.floor.p99,
    n(a.floor.rps),
    n(a.floor.cpuUsPerCall),
    a.sql ? `${a.sql.p50Us.toFixed(0)} / ${a.sql.p99Us.toFixed(0)}` : '—',
    `${ratioOf(a).toFixed(2)}×`,
  ])
  return [
    `### ${n(m.households)} households`,
    '',
    `Generated in ${(m.generateMs / 1000).toFixed(1)} s into a ${(m.fileBytes / 2 ** 20).toFixed(0)} MiB SQLite file (seed ${m.seed}, legal date ${m.today}).`,
    `Rows: ${counts}.`,
    `Cases by state: ${states}.`,
    '',
    table(
      [
        'action',
        'run',
        'API p50 ms',
        'API p99 ms',
        'API req/s',
        'API CPU µs/call',
        'floor p50 ms',
        'floor p99 ms',
        'floor req/s',
        'floor CPU µs/call',
        'SQL alone p50 / p99 µs',
        'API / floor',
      ],
      rows,
    ),
    '',
    `Peak: the official inbox at ${options.peakConnections} connections answered at p50 ${s.peak.p50} ms, p99 ${s.peak.p99} ms, ` +
      `${n(s.peak.rps)} req/s. The API server's resident memory peaked at ${n(s.apiPeakRssMiB)} MiB.`,
  ].join('\n')
}

function plansSection(sizes: SizeReport[]): string {
  const plans = new Map<string, { plan: string; problem: string | null }>()
  for (const s of sizes) for (const p of s.plans) plans.set(p.sql, p)
  const rows = [...plans].map(([sql, p]) => [
    `\`${sql.replace(/\|/g, '\\|')}\``,
    p.plan.split('\n').join('<br>'),
    p.problem ? `❌ ${p.problem}` : '✅',
  ])
  return table(['statement', 'SQLite plan', 'verdict'], rows)
}

/** The Markdown written to docs/bench.md. */
export function renderReport(run: BenchRun, findings: string): string {
  const goals = checkGoals(run)
  const w = run.packages.weapp
  const h5 = run.packages.h5
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${run.date} (commit \`${run.commit}\`, ${(run.seconds / 60).toFixed(1)} min in all). Do not edit by hand: the`,
    'findings at the end come from `test/bench/findings.md`.',
    '',
    `Machine: ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memoryGiB} GiB, ${run.machine.os}, Node ${run.machine.node}.`,
    '',
    '## Goals',
    '',
    table(
      ['goal', 'measured', 'met'],
      goals.map((g) => [g.goal, g.measured, mark(g.met)]),
    ),
    '',
    '## How it is measured',
    '',
    `- Each size is generated afresh from one seed (\`test/bench/generate\`): villages of 80–900 households, 10–30 villages a`,
    '  township, 8–20 townships a county; 12 % of households have a case (half of them archived, the rest spread over every',
    '  state), 2 % are eligible and have not applied; notices, staged payments and messages follow each case as the app writes them.',
    `- **API**: the local server (\`cloudfunctions/_local\`, the same handlers as CloudBase) in its own process, loaded by autocannon`,
    `  from this one with ${run.options.connections} connections, each call a different caller and record. Reads: after a`,
    `  ${run.options.warmupSeconds} s warm-up, ${run.options.readSeconds} one-second rounds alternating with the floor, so a slow spell of the VM hits both`,
    `  sides; p50 and p99 are the round medians. Writes use each record once (at most ${n(run.options.maxWrites)}) after a tenth to warm up.`,
    "- **CPU µs/call**: the server process's user + system time (from /proc) over the calls it answered; steadier than req/s here.",
    `- **Peak**: the inbox once more with ${run.options.peakConnections} connections, an inspection-season crowd of officials; queueing, not`,
    "  work, is what grows there. Memory is the API server's high-water mark (VmHWM) over the whole size.",
    '- **Floor**: the same requests to a bare fastify server in its own process that answers each from SQLite with hand-written',
    '  statements (`test/bench/load/floor-queries.ts`): session, user, the one indexed query or write transaction, rows parsed and',
    '  sent. `API / floor` is floor req/s over API req/s: what our layers cost on top of HTTP and SQLite.',
    "- **SQL alone**: the floor's read called in-process, no HTTP — the query and JSON parsing only.",
    '- Every SELECT the server prepared is run through `EXPLAIN QUERY PLAN`; a full scan, a sort of every match or a filtered',
    '  index walk fails the run.',
    '',
    '## Hot actions',
    '',
    ...run.sizes.flatMap((s) => [sizeSection(s, run.options), '']),
    '## Query plans',
    '',
    plansSection(run.sizes),
    '',
    '## Packages',
    '',
    table(
      ['package', 'size', 'limit'],
      [
        ['weapp main', kb(w.mainBytes), `${kb(GOALS.mainPackageBytes)} goal, 2 MB limit`],
        ...Object.entries(w.subpackages).map(([root, bytes]) => [`weapp ${root}`, kb(bytes), '2 MB limit']),
        ['H5 JavaScript', `${kb(h5.jsBytes)} in ${h5.jsFiles} files (${kb(h5.jsGzipBytes)} gzipped)`, '—'],
        ['H5 largest file', `${h5.largest.file}: ${kb(h5.largest.bytes)} (${kb(h5.largest.gzipBytes)} gzipped)`, '—'],
      ],
    ),
    '',
    ...(run.batch ? [batchSection(run.batch, run.date, run.commit), ''] : []),
    '## Cloud function cold start',
    '',
    'Median of fresh `node` processes requiring the built bundle (`npm run build:functions`), and what the first call then',
    'adds by loading `@cloudbase/node-sdk`.',
    '',
    table(
      ['function', 'bundle', 'require ms', 'SDK load on first call ms'],
      run.bundles.map((b) => [b.name, kb(b.bytes), b.requireMs.toFixed(0), b.sdkLoadMs.toFixed(0)]),
    ),
    '',
    findings.trim(),
    '',
  ].join('\n')
}

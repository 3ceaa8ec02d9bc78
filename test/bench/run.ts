/**
 * `npm run bench [-- --sizes 10000,100000,1000000]`: generates each size, loads the API and the floor,
 * checks every query plan, measures the packages and the cloud functions' cold start, and writes
 * docs/bench.md. Exits 1 when a call failed or a plan scans: those numbers would mean nothing.
 * The raw measurements are kept in artifacts/bench-run.json; `npm run bench -- --render` rewrites
 * docs/bench.md from them without measuring again.
 */
import { execSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { measureBundles } from './bundles'
import { benchBatch } from './load/batch'
import { benchSize, type LoadOptions, type SizeReport } from './load/bench-size'
import { measurePackages } from './packages'
import { batchSection, renderReport, spliceBatchSection, type BenchRun } from './report'

const ROOT = resolve(__dirname, '../..')
const DEFAULT_SIZES = [10_000, 100_000, 1_000_000]
const OPTIONS: LoadOptions = { connections: 16, peakConnections: 256, readSeconds: 5, warmupSeconds: 1, maxWrites: 2_000 }

function sizesFromArgs(argv: string[]): number[] {
  const i = argv.indexOf('--sizes')
  if (i < 0) return DEFAULT_SIZES
  const sizes = (argv[i + 1] ?? '').split(',').map(Number)
  if (sizes.length === 0 || sizes.some((s) => !Number.isSafeInteger(s) || s < 100)) {
    throw new Error('--sizes takes household counts of at least 100, separated by commas')
  }
  return sizes
}

const RUN_FILE = join(ROOT, 'artifacts/bench-run.json')

function write(run: BenchRun): void {
  const findings = readFileSync(join(__dirname, 'findings.md'), 'utf8')
  writeFileSync(join(ROOT, 'docs/bench.md'), renderReport(run, findings))
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) {
    write(JSON.parse(readFileSync(RUN_FILE, 'utf8')) as BenchRun)
    console.log('rewrote docs/bench.md from artifacts/bench-run.json')
    return
  }
  const commit = () => execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim()
  const batchDir = join(ROOT, 'data/bench/batch')
  if (process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'batch') {
    // The money benchmark alone, its section replaced in docs/bench.md: the rest of the file stays as measured.
    const batch = await benchBatch(batchDir)
    rmSync(batchDir, { recursive: true, force: true })
    const file = join(ROOT, 'docs/bench.md')
    const section = batchSection(batch, new Date().toISOString().slice(0, 10), commit())
    writeFileSync(file, spliceBatchSection(readFileSync(file, 'utf8'), section))
    console.log(
      `bank batch of ${batch.payments} payments: ${(batch.totalMs / 1000).toFixed(1)} s; wrote its section of docs/bench.md`,
    )
    return
  }
  const started = Date.now()
  const sizes: SizeReport[] = []
  for (const households of sizesFromArgs(process.argv.slice(2))) {
    console.log(`\n${households.toLocaleString('en')} households`)
    const dir = join(ROOT, 'data/bench', String(households))
    sizes.push(await benchSize(households, dir, OPTIONS))
    rmSync(dir, { recursive: true, force: true }) // a million households take gigabytes
  }
  console.log('\npackages (weapp and H5 builds)…')
  const packages = await measurePackages()
  console.log('cloud function cold start…')
  const bundles = await measureBundles()
  console.log('bank batch of 100,000 payments…')
  const batch = await benchBatch(batchDir)
  rmSync(batchDir, { recursive: true, force: true })

  const run: BenchRun = {
    date: new Date().toISOString().slice(0, 10),
    commit: commit(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown CPU',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      os: `${os.type()} ${os.release()}`,
    },
    options: OPTIONS,
    sizes,
    bundles,
    packages,
    batch,
    seconds: (Date.now() - started) / 1000,
  }
  mkdirSync(dirname(RUN_FILE), { recursive: true })
  writeFileSync(RUN_FILE, JSON.stringify(run))
  write(run)
  console.log(`\nwrote docs/bench.md in ${(run.seconds / 60).toFixed(1)} min`)

  const problems = [
    ...sizes.flatMap((s) => s.plans.filter((p) => p.problem).map((p) => `plan: ${p.problem} — ${p.sql}`)),
    ...sizes.flatMap((s) => s.sweepFailures.map((f) => `list sweep at ${s.manifest.households}: ${f}`)),
    ...sizes.flatMap((s) =>
      s.actions.flatMap((a) => [
        ...(a.api.failures
          ? [`${a.name} at ${s.manifest.households}: ${a.api.failures} API calls failed, first: ${a.api.firstFailure}`]
          : []),
        ...(a.floor.failures
          ? [`${a.name} at ${s.manifest.households}: ${a.floor.failures} floor calls failed, first: ${a.floor.firstFailure}`]
          : []),
      ]),
    ),
    ...sizes.flatMap((s) =>
      s.peak.failures
        ? [`peak inbox at ${s.manifest.households}: ${s.peak.failures} calls failed, first: ${s.peak.firstFailure}`]
        : [],
    ),
  ]
  if (problems.length > 0) {
    console.error(`\nBENCHMARK FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

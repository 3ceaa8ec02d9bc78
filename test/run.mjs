// `npm test`: everything CI runs, cheapest first — type check, lint and format (Biome), jest (unit, contract, functions, server),
// the weapp build checked by WeChat's own compilers, then the slice in Chromium against the H5 build.
// `npm test -- jest e2e` runs only the named steps.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const reports = join(root, 'artifacts')
mkdirSync(reports, { recursive: true })

const steps = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'biome', 'check', '.'] },
  {
    name: 'jest',
    cmd: ['npx', 'jest', '--ci', '--json', `--outputFile=${join(reports, 'jest.json')}`],
    report: join(reports, 'jest.json'),
    counts: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites }),
  },
  { name: 'weapp', cmd: ['npx', 'tsx', 'test/weapp/check-weapp.ts'] },
  {
    name: 'e2e',
    cmd: ['npx', 'tsx', 'test/e2e/run-e2e.ts'],
    report: join(reports, 'e2e/result.json'),
    counts: (r) => r,
  },
]

const only = process.argv.slice(2)
let passed = 0
let failed = 0
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue
  const started = Date.now()
  if (step.report) rmSync(step.report, { force: true })
  console.log(`\n=== ${step.name} ===`)
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit' })
  const ok = r.status === 0
  const counted = step.report ? readCounts(step) : null
  passed += counted ? counted.passed : ok ? 1 : 0
  failed += counted ? Math.max(counted.failed, ok ? 0 : 1) : ok ? 0 : 1
  console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`)
  if (!ok) break
}
console.log(`\nanju: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)

function readCounts(step) {
  try {
    return step.counts(JSON.parse(readFileSync(step.report, 'utf8')))
  } catch {
    return null
  }
}

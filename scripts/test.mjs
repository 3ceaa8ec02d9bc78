// `npm test`: everything CI runs, in order of cost — type check, jest (unit, contract, functions),
// the weapp build checked by WeChat's own compilers, then the browser end-to-end run.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['jest', 'npx', ['jest', '--ci']],
  ['weapp check', 'npx', ['tsx', 'test/weapp/check-weapp.ts']],
  ['browser e2e', 'npx', ['tsx', 'test/e2e/run-e2e.ts']],
]
const only = process.argv.slice(2)
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue
  const started = Date.now()
  console.log(`\n=== ${name} ===`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`)
  if (r.status !== 0) process.exit(r.status ?? 1)
}

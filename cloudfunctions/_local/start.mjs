// `npm start`: build what is missing or stale (the H5 app), then run the local server.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

function newest(dir) {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

const h5Index = join(root, 'dist/h5/index.html')
const sources = Math.max(newest(join(root, 'client')), newest(join(root, 'shared')), newest(join(root, 'config')))
if (!existsSync(h5Index) || statSync(h5Index).mtimeMs < sources) {
  console.log('Building the H5 app (first run or sources changed)…')
  run('npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' })
}
// The brotli/gzip copies the server sends to a weak link, also after a plain `npm run build:h5`.
const h5Brotli = `${h5Index}.br`
if (!existsSync(h5Brotli) || statSync(h5Brotli).mtimeMs < statSync(h5Index).mtimeMs) {
  run('npx', ['tsx', 'cloudfunctions/_build/precompress.cli.ts', 'dist/h5'])
}
run('npx', ['tsx', 'cloudfunctions/_local/main.ts'])

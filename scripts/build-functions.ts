/**
 * `npm run build:functions`: one deployable folder per cloud function under dist/cloudfunctions/<name>/
 * holding only what CloudBase needs — index.js (the function and the shared core bundled together),
 * package.json (the SDK, installed in the cloud) and config.json (open-API permissions).
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { FUNCTION_NAMES } from '../shared/api/contract'
import rootPackage from '../package.json'

const root = resolve(__dirname, '..')
const outRoot = join(root, 'dist/cloudfunctions')
const SDK = '@cloudbase/node-sdk'

async function buildOne(name: string): Promise<{ name: string; bytes: number; ms: number }> {
  const started = Date.now()
  const outDir = join(outRoot, name)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  await build({
    entryPoints: [join(root, 'cloudfunctions', name, 'index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    external: [SDK],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  })
  writeFileSync(
    join(outDir, 'package.json'),
    JSON.stringify(
      { name: `anju-${name}`, version: rootPackage.version, private: true, main: 'index.js', dependencies: { [SDK]: rootPackage.dependencies[SDK] } },
      null,
      2,
    ) + '\n',
  )
  // Every function may deliver queued messages, so every one needs the subscribe-message permission.
  writeFileSync(
    join(outDir, 'config.json'),
    JSON.stringify({ permissions: { openapi: ['subscribeMessage.send'] }, timeout: 20 }, null, 2) + '\n',
  )
  return { name, bytes: statSync(join(outDir, 'index.js')).size, ms: Date.now() - started }
}

async function main(): Promise<void> {
  const results = []
  for (const name of FUNCTION_NAMES) results.push(await buildOne(name))
  for (const r of results) console.log(`functions: ${r.name.padEnd(12)} ${(r.bytes / 1024).toFixed(1)} KB  (${r.ms} ms)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

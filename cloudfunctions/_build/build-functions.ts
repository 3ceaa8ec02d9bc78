/**
 * `npm run build:functions`: one deployable folder per cloud function under dist/cloudfunctions/<name>/
 * holding only what CloudBase needs — index.js (the function and the shared core bundled together),
 * package.json (the SDK, installed in the cloud) and config.json (open-API permissions; for `jobs`, the
 * timer triggers of the registered jobs); for `agreement` also fonts/, the CJK font its PDFs embed.
 */
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { type BuildOptions, build } from 'esbuild'
import { FUNCTION_NAMES } from '@shared/api/contract'
import { JOBS } from '@shared/usecases/jobs/registry'
import rootPackage from '../../package.json'
import { CJK_FONT_FILE, cjkFontPath } from '../_lib/adapters/pdf/cjk-font'

const root = resolve(__dirname, '../..')
const SDK = '@cloudbase/node-sdk'

export type BuiltFunction = { name: string; dir: string; bytes: number; ms: number }

/** The API functions and `jobs`, which runs on timers only and so has no contract in shared/api. */
export const DEPLOYED_FUNCTIONS = [...FUNCTION_NAMES, 'jobs'] as const

/** Every function may deliver queued messages, so every one needs the subscribe-message permission. */
function configOf(name: string) {
  const permissions = { openapi: ['subscribeMessage.send'] }
  if (name !== 'jobs') return { permissions, timeout: 20 }
  const triggers = JOBS.map((job) => ({ name: job.name, type: 'timer', config: job.schedule }))
  return { permissions, timeout: 60, triggers }
}

/** How every function is bundled: one CommonJS file for CloudBase's Node, the SDK left to the cloud's install. */
export function bundleOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    external: [SDK],
    // A deployed function is production: answers are projected onto the contract, not re-parsed as in tests.
    // ES modules bundled into CommonJS lose import.meta (pdfkit finds its data files by it): give it the bundle's URL.
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'importMetaUrl' },
    banner: { js: 'var importMetaUrl=require("url").pathToFileURL(__filename).href;' },
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  }
}

/** Files a function reads beside its bundle, as [source, path inside the function's folder]. */
function assetsOf(name: string): Array<[string, string]> {
  // The agreement PDF embeds a subset of this font, cut per document, so the whole font ships (cjk-font.ts).
  if (name === 'agreement') return [[cjkFontPath(), join('fonts', CJK_FONT_FILE)]]
  return []
}

async function buildOne(name: string, outRoot: string): Promise<BuiltFunction> {
  const started = Date.now()
  const outDir = join(outRoot, name)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  await build(bundleOptions(join(root, 'cloudfunctions', name, 'index.ts'), join(outDir, 'index.js')))
  writeFileSync(
    join(outDir, 'package.json'),
    `${JSON.stringify(
      {
        name: `anju-${name}`,
        version: rootPackage.version,
        private: true,
        main: 'index.js',
        dependencies: { [SDK]: rootPackage.dependencies[SDK] },
      },
      null,
      2,
    )}\n`,
  )
  writeFileSync(join(outDir, 'config.json'), `${JSON.stringify(configOf(name), null, 2)}\n`)
  for (const [from, to] of assetsOf(name)) {
    mkdirSync(dirname(join(outDir, to)), { recursive: true })
    copyFileSync(from, join(outDir, to))
  }
  return { name, dir: outDir, bytes: statSync(join(outDir, 'index.js')).size, ms: Date.now() - started }
}

export async function buildFunctions(outRoot = join(root, 'dist/cloudfunctions')): Promise<BuiltFunction[]> {
  const results = []
  for (const name of DEPLOYED_FUNCTIONS) results.push(await buildOne(name, outRoot))
  return results
}

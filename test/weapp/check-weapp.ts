/**
 * Checks the mini-program build the way WeChat will see it:
 *   1. builds it (`npx taro build --type weapp`), unless `--no-build`;
 *   2. compiles every .wxml and .wxss with WeChat's own compilers (miniprogram-compiler: wcc / wcsc);
 *   3. checks that every page and subpackage named in app.json exists;
 *   4. measures the main package and each subpackage against WeChat's limits (2 MB each, hard)
 *      and our goal for the main package (600 KB, a warning);
 *   5. runs the built app in miniprogram-simulate and renders the home page and the publicity board
 *      (render-weapp.ts).
 * Writes the numbers to dist/weapp-report.json. Exit code 1 on any failure.
 *
 *   npx tsx test/weapp/check-weapp.ts [--no-build]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  HARD_LIMIT,
  KB,
  MAIN_GOAL,
  packageBytes,
  packageFiles,
  readAppJson,
  subpackagesOf,
  type AppJson,
  type SubPackage,
} from './package-sizes'
import { renderWeapp } from './render-weapp'

const ROOT = path.resolve(__dirname, '..', '..')
const OUT = path.join(ROOT, 'dist', 'weapp')
const REPORT = path.join(ROOT, 'dist', 'weapp-report.json')

// miniprogram-compiler ships no types; these are the two internal wrappers around the wcc / wcsc binaries.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wcc: (
  root: string,
  files: string[],
  wxs: string[],
  opts: { maxBuffer?: number },
) => string = require('miniprogram-compiler/src/wcc')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wcsc: (
  root: string,
  files: string[],
  opts: { maxBuffer?: number },
) => Record<string, string> | Error = require('miniprogram-compiler/src/wcsc')

const failures: string[] = []
const warnings: string[] = []

function build(): number {
  const started = Date.now()
  const res = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (res.status !== 0) {
    process.stderr.write(res.stdout.slice(-4000) + res.stderr.slice(-4000))
    console.error(`weapp: taro build failed (exit ${res.status})`)
    process.exit(1)
  }
  return Date.now() - started
}

/** wcc / wcsc report `path:line:col: message`-style text; keep it whole and name the step. */
function compileWxml(files: string[]): void {
  const wxml = files.filter((f) => f.endsWith('.wxml')).map((f) => f.slice(0, -'.wxml'.length))
  const wxs = files.filter((f) => f.endsWith('.wxs'))
  try {
    const js = wcc(OUT, wxml, wxs, { maxBuffer: 64 * 1024 * 1024 })
    if (!js.includes('$gwx')) failures.push('wxml: the compiler returned no $gwx function')
  } catch (e) {
    failures.push(`wxml: ${(e as Error).message.trim()}`)
  }
}

function compileWxss(files: string[]): void {
  const wxss = files.filter((f) => f.endsWith('.wxss')).map((f) => f.slice(0, -'.wxss'.length))
  // wcsc hands back an Error instead of throwing it.
  const res = wcsc(OUT, wxss, { maxBuffer: 64 * 1024 * 1024 })
  if (res instanceof Error) failures.push(`wxss: ${res.message.trim()}`)
  else if (typeof res.comm !== 'string') failures.push('wxss: the compiler returned no common style function')
}

function checkPages(app: AppJson, files: Set<string>): SubPackage[] {
  const subs = subpackagesOf(app)
  const pages = [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
  for (const page of pages) {
    for (const ext of ['js', 'wxml']) {
      if (!files.has(`${page}.${ext}`)) failures.push(`app.json names page ${page} but ${page}.${ext} is missing`)
    }
  }
  return subs
}

/** Every page is drawn with page-meta (root-font-size="system": 1rem follows WeChat's font setting). */
function checkPageMeta(pages: string[]): void {
  for (const page of pages) {
    const file = path.join(OUT, `${page}.wxml`)
    if (fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes('<page-meta'))
      failures.push(`${page}.wxml has no page-meta (enablePageMeta in its config)`)
  }
}

async function main() {
  const buildMs = process.argv.includes('--no-build') ? null : build()
  if (!fs.existsSync(path.join(OUT, 'app.json'))) {
    console.error(`weapp: ${path.relative(ROOT, OUT)}/app.json not found — build first or drop --no-build`)
    process.exit(1)
  }
  const started = Date.now()
  const files = packageFiles(OUT)
  const app = readAppJson(OUT)
  const subs = checkPages(app, new Set(files))
  checkPageMeta([...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))])
  compileWxml(files)
  compileWxss(files)
  const compiled = files.filter((f) => f.endsWith('.wxml') || f.endsWith('.wxss')).length
  const { main: mainSize, sub } = packageBytes(OUT, files, subs)
  const render = await renderWeapp(OUT)
  failures.push(...render.failures.map((f) => `render: ${f}`))

  if (mainSize > HARD_LIMIT) failures.push(`main package is ${(mainSize / KB).toFixed(1)} KB, over WeChat's 2 MB limit`)
  else if (mainSize > MAIN_GOAL) warnings.push(`main package is ${(mainSize / KB).toFixed(1)} KB, over the 600 KB goal`)
  for (const [root, size] of Object.entries(sub)) {
    if (size > HARD_LIMIT) failures.push(`subpackage ${root} is ${(size / KB).toFixed(1)} KB, over WeChat's 2 MB limit`)
  }

  const report = {
    mainBytes: mainSize,
    mainGoalBytes: MAIN_GOAL,
    subpackages: sub,
    totalBytes: mainSize + Object.values(sub).reduce((a, b) => a + b, 0),
    pages: app.pages.length + subs.reduce((n, s) => n + s.pages.length, 0),
    compiledFiles: compiled,
    render: { ok: render.ok, ms: render.ms, pages: render.pages },
    buildMs,
    checkMs: Date.now() - started,
    ok: failures.length === 0,
    failures,
    warnings,
  }
  fs.writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`)

  for (const w of warnings) console.warn(`warning: ${w}`)
  for (const f of failures) console.error(`error: ${f}`)
  const subText = Object.entries(sub)
    .map(([r, s]) => `${r} ${(s / KB).toFixed(1)} KB`)
    .join(', ')
  console.log(
    `weapp: main ${(mainSize / KB).toFixed(1)} KB (goal ≤ 600 KB), subpackages: ${subText || 'none'}, wxml/wxss compiled: ${compiled} files` +
      `, rendered: ${render.pages.filter((p) => p.ok).length}/${render.pages.length} pages in ${(render.ms / 1000).toFixed(1)} s` +
      (buildMs !== null ? `, build ${(buildMs / 1000).toFixed(1)} s` : ''),
  )
  process.exit(failures.length === 0 ? 0 : 1)
}

main().catch((e) => {
  console.error(`weapp: ${(e as Error).stack ?? e}`)
  process.exit(1)
})

import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { JOBS } from '@shared/usecases/jobs/registry'
import { parseCron } from '@shared/usecases/jobs/cron'
import { CJK_FONT_FILE, SYSTEM_CJK_FONT } from '../../../cloudfunctions/_lib/adapters/pdf/cjk-font'
import { build } from 'esbuild'
import {
  buildFunctions,
  bundleOptions,
  type BuiltFunction,
  DEPLOYED_FUNCTIONS,
} from '../../../cloudfunctions/_build/build-functions'

const root = resolve(__dirname, '../../..')

/**
 * A fresh node process with what CloudBase puts in a function's environment (fake credentials, no network);
 * it may take seconds on a busy machine, hence the tests' 30 s timeouts.
 */
const runNode = (script: string) =>
  execFileSync(process.execPath, ['-e', script], {
    env: {
      PATH: process.env.PATH,
      NODE_PATH: join(root, 'node_modules'),
      TCB_ENV: 'anju-test-env',
      TENCENTCLOUD_SECRETID: 'fake-id',
      TENCENTCLOUD_SECRETKEY: 'fake-key',
      WX_OPENID: 'o-test',
    } as unknown as NodeJS.ProcessEnv,
    timeout: 30_000,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })

/**
 * The deployable bundles: what CloudBase needs and nothing else, loadable on their own, and answering
 * inside the envelope even when CloudBase cannot be reached (as here: no network, fake credentials).
 */
describe('npm run build:functions', () => {
  let out: string
  let built: BuiltFunction[]
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'anju-fns-'))
    built = await buildFunctions(out)
  }, 60_000)
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('writes one folder per function with only index.js, package.json and config.json (and the agreement’s font)', () => {
    expect(built.map((b) => b.name)).toEqual([...DEPLOYED_FUNCTIONS])
    for (const b of built) {
      const extra = b.name === 'agreement' ? ['fonts'] : []
      expect(readdirSync(b.dir).sort()).toEqual(['config.json', ...extra, 'index.js', 'package.json'])
      const pkg = JSON.parse(readFileSync(join(b.dir, 'package.json'), 'utf8'))
      expect(Object.keys(pkg.dependencies)).toEqual(['@cloudbase/node-sdk'])
      const config = JSON.parse(readFileSync(join(b.dir, 'config.json'), 'utf8'))
      expect(config.permissions.openapi).toContain('subscribeMessage.send')
    }
  })

  // CloudBase reads the timers from config.json: one trigger per registered job, named after it.
  it('declares a timer trigger for every job in the config of jobs, and none elsewhere', () => {
    const config = (name: string) => JSON.parse(readFileSync(join(out, name, 'config.json'), 'utf8'))
    const { triggers } = config('jobs')
    expect(triggers).toEqual(JOBS.map((job) => ({ name: job.name, type: 'timer', config: job.schedule })))
    for (const trigger of triggers) {
      expect(trigger.name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/)
      expect(() => parseCron(trigger.config)).not.toThrow()
    }
    for (const name of DEPLOYED_FUNCTIONS.filter((n) => n !== 'jobs')) expect(config(name).triggers).toBeUndefined()
  })

  it('bundles the shared core but neither the embedded database nor the local server', () => {
    for (const b of built) {
      const code = readFileSync(join(b.dir, 'index.js'), 'utf8')
      expect(code).not.toMatch(/better-sqlite3|fastify/)
    }
  })

  it.each([...DEPLOYED_FUNCTIONS])(
    '%s loads on its own and answers in the envelope without CloudBase',
    (name) => {
      const script = `
      const { main } = require(${JSON.stringify(join(out, name, 'index.js'))});
      main({ action: 'nothing-here' }, {}).then((r) => { process.stdout.write(JSON.stringify(r)); process.exit(0) });
    `
      expect(JSON.parse(runNode(script))).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    },
    30_000,
  )

  // The SDK takes several times longer to load than the bundle; a cold start should not wait for it before the
  // platform can hand over the event.
  it.each([...DEPLOYED_FUNCTIONS])(
    '%s loads the CloudBase SDK on its first call, not when required',
    (name) => {
      const script = `
      const sdkLoaded = () => Object.keys(require.cache).some((f) => f.includes('@cloudbase/node-sdk'));
      const { main } = require(${JSON.stringify(join(out, name, 'index.js'))});
      const before = sdkLoaded();
      main({ action: 'nothing-here' }, {}).then(() => { process.stdout.write(JSON.stringify([before, sdkLoaded()])); process.exit(0) });
    `
      expect(JSON.parse(runNode(script))).toEqual([false, true])
    },
    30_000,
  )

  // The PDF engine is bundled (the cloud installs only the SDK) and the font it embeds a subset of lies beside it.
  it('ships the agreement function with its PDF engine inside and the CJK font beside the bundle', () => {
    const code = readFileSync(join(out, 'agreement', 'index.js'), 'utf8')
    expect(code).not.toMatch(/require\(["']pdfkit["']\)/)
    expect(code).toContain('WenQuanYiMicroHei')
    const shipped = statSync(join(out, 'agreement', 'fonts', CJK_FONT_FILE))
    expect(shipped.size).toBe(statSync(SYSTEM_CJK_FONT).size)
  })

  // The PDF is drawn only when asked for, so loading the function proves nothing about the engine: draw one with the
  // adapter bundled exactly as the functions are, in a fresh process, with the font beside the bundle.
  it('draws an agreement PDF from a bundle built like the functions, with the font beside it', async () => {
    const dir = join(out, 'pdf-probe')
    const entry = join(dir, 'entry.ts')
    mkdirSync(join(dir, 'fonts'), { recursive: true })
    copyFileSync(join(out, 'agreement', 'fonts', CJK_FONT_FILE), join(dir, 'fonts', CJK_FONT_FILE))
    const adapter = join(root, 'cloudfunctions/_lib/adapters/pdf/pdfkit-agreement')
    const document = {
      title: '三方协议',
      caseNo: 'AJ1',
      parties: [{ party: 'household', label: '丙方', name: '张三' }],
      sections: [{ heading: '一、补助资金', lines: [{ label: '补助金额', text: '¥48,000.00（大写：肆万捌仟元整）' }] }],
    }
    writeFileSync(
      entry,
      `import { pdfkitAgreementRenderer } from ${JSON.stringify(adapter)}
const fs = require('fs')
const read = fs.readFileSync
const fonts: string[] = []
fs.readFileSync = (p: string, ...rest: unknown[]) => (String(p).endsWith('.ttc') && fonts.push(String(p)), read(p, ...rest))
pdfkitAgreementRenderer
  .render({ document: ${JSON.stringify(document)}, documentHash: '${'ab'.repeat(32)}', confirmations: [] })
  .then((b) => process.stdout.write(JSON.stringify({ head: Buffer.from(b).subarray(0, 5).toString('latin1'), fonts })))
`,
    )
    await build(bundleOptions(entry, join(dir, 'index.js')))
    const answer = JSON.parse(runNode(`require(${JSON.stringify(join(dir, 'index.js'))})`))
    expect(answer).toEqual({ head: '%PDF-', fonts: [join(dir, 'fonts', CJK_FONT_FILE)] })
  }, 60_000)

  // `import { z } from 'zod'` makes esbuild keep every zod locale, tripling the size of each bundle.
  it('leaves out the translations of zod messages', () => {
    const german = 'Eingabe'
    for (const b of built) expect(readFileSync(join(b.dir, 'index.js'), 'utf8')).not.toContain(german)
  })
})

import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import type { FastifyInstance } from 'fastify'
import { composeLocal, type LocalRuntime } from '../../cloudfunctions/_local/compose-local'
import { seedDemo } from '../../cloudfunctions/_local/seed'
import { buildServer } from '../../cloudfunctions/_local/server'

export const ROOT = resolve(__dirname, '../..')
export const ARTIFACTS = join(ROOT, 'artifacts/e2e')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type Stack = {
  base: string
  runtime: LocalRuntime
  context: BrowserContext
  /** A browser context of its own, sharing nothing (no session token, no cache) with `context`. */
  freshContext(options?: BrowserContextOptions): Promise<BrowserContext>
  close(): Promise<void>
}

/** The local server (same handlers, fresh seeded data in a temp folder) serving dist/h5, and a headless Chromium. */
export async function startStack(): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'anju-e2e-data-'))
  const profileDir = mkdtempSync(join(tmpdir(), 'anju-e2e-chromium-'))
  mkdirSync(ARTIFACTS, { recursive: true })
  const runtime = await composeLocal(dataDir)
  await seedDemo(runtime.store)
  const app: FastifyInstance = await buildServer({ runtime, h5Dir: join(ROOT, 'dist/h5'), dev: true })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('server did not bind a port')
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const look = { viewport: { width: 414, height: 896 }, deviceScaleFactor: 1, locale: 'zh-CN' }
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, args: CHROMIUM_ARGS, ...look })
  let browser: Browser | null = null
  return {
    base: `http://127.0.0.1:${address.port}`,
    runtime,
    context,
    async freshContext(options = {}) {
      browser ??= await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
      return browser.newContext({ ...look, ...options })
    },
    async close() {
      await browser?.close()
      await context.close()
      await app.close()
      await runtime.close()
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(profileDir, { recursive: true, force: true })
    },
  }
}

export async function shot(page: Page, name: string): Promise<void> {
  // Taro's H5 router slides pages in; a picture taken mid-slide is twice as wide and half empty.
  await page.waitForTimeout(400)
  await screenshotWhole(page, join(ARTIFACTS, `${name}.png`))
}

/**
 * Taro H5 scrolls inside the page element, not the document, so `fullPage` alone stops at the first screen:
 * the viewport is stretched to the tallest scroller for the picture, then put back.
 */
export async function screenshotWhole(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize()
  const tallest = await page.evaluate(() =>
    Math.max(
      document.documentElement.scrollHeight,
      ...Array.from(document.querySelectorAll<HTMLElement>('.taro_page, .screen, [class*=scroll]'), (e) => e.scrollHeight),
    ),
  )
  const stretch = viewport !== null && tallest > viewport.height
  if (stretch) await page.setViewportSize({ width: viewport.width, height: Math.min(tallest, 8000) })
  try {
    await page.screenshot({ path, fullPage: true })
  } finally {
    if (stretch) await page.setViewportSize(viewport)
  }
}

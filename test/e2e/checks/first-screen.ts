import type { BrowserContext, BrowserContextOptions } from 'playwright-core'

/** 1.6 Mbps down and up, 150 ms round trip: a county's weak 3G/4G edge. */
export const WEAK_LINK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 1_600_000 / 8 }
export const MAX_FIRST_SCREEN_JS = 180 * 1024
export const MAX_READABLE_MS = 3000

export type FirstScreen = {
  /** JS bytes as they came over the wire (compressed), and as the browser ran them. */
  jsWireBytes: number
  jsBytes: number
  /** The JS files it loaded, as paths on the server. */
  jsFiles: string[]
  encodings: string[]
  /** From navigation to the home page's heading being visible, on the weak link. */
  readableMs: number
}

/**
 * A first visit with nothing cached: a fresh browser context on the throttled link opens the home page; the JS that
 * loaded until the heading showed is what the first screen costs.
 */
export async function measureFirstScreen(
  newContext: (options: BrowserContextOptions) => Promise<BrowserContext>,
  base: string,
  heading: string,
): Promise<FirstScreen> {
  const context = await newContext({ viewport: { width: 360, height: 720 } })
  try {
    const page = await context.newPage()
    const encodings = new Set<string>()
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) encodings.add(r.headers()['content-encoding'] ?? 'identity')
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', WEAK_LINK)
    const started = Date.now()
    await page.goto(`${base}/`, { waitUntil: 'commit' })
    await page.locator(heading).first().waitFor({ state: 'visible', timeout: 30_000 })
    const readableMs = Date.now() - started
    const js = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ path: new URL(e.name).pathname, wire: e.encodedBodySize, body: e.decodedBodySize })),
    )
    return {
      jsWireBytes: js.reduce((n, e) => n + e.wire, 0),
      jsBytes: js.reduce((n, e) => n + e.body, 0),
      jsFiles: js.map((e) => e.path),
      encodings: [...encodings],
      readableMs,
    }
  } finally {
    await context.close()
  }
}

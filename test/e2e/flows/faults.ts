import type { Page } from 'playwright-core'

/**
 * The reply to the first call of `fn`/`action` is lost on the way back: the request reaches the server and is
 * carried out, then the connection drops before the browser sees the answer (a phone losing signal mid-request).
 * Resolves to whether it happened.
 */
export async function loseFirstReply(page: Page, fn: string, action: string): Promise<() => boolean> {
  let lost = false
  await page.route(`**/api/${fn}`, async (route) => {
    const body = route.request().postDataJSON() as { action?: string } | null
    if (lost || body?.action !== action) return route.continue()
    lost = true
    await route.fetch()
    await route.abort('connectionreset')
  })
  return () => lost
}

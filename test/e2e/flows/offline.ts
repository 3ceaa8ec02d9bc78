import type { BrowserContext, Page } from 'playwright-core'
import { shot } from '../harness'

/**
 * The first open of a page while offline: its code was never downloaded, so the router's chunk load fails. The
 * person must see "网络不通" and a retry, and the retry, once online, must open the page.
 */
export async function offlineFirstOpen(
  context: BrowserContext,
  page: Page,
  open: () => Promise<void>,
  arrived: string,
): Promise<void> {
  await context.setOffline(true)
  try {
    await open()
    await page.getByText('网络不通').first().waitFor({ state: 'visible', timeout: 10_000 })
    await shot(page, '12-offline-first-open')
  } finally {
    await context.setOffline(false)
  }
  await page.getByRole('button', { name: '重试' }).first().click()
  await page.locator(arrived).first().waitFor({ state: 'visible', timeout: 15_000 })
}

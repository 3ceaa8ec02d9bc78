import type { BrowserContext, Page } from 'playwright-core'
import { type AxeFinding, axeViolations } from '../checks/axe'
import { ELDER, type LayoutFigures, measureLayout, NORMAL, shortfalls, TAP_PROBE } from '../checks/layout'
import { shot } from '../harness'

/** Elder mode as the page shell stores it (Taro storage on H5 wraps the value as `{"data": …}`). */
export const ELDER_KEY = 'anju.elder'
/** How Taro keeps `Taro.setStorageSync(ELDER_KEY, 'on')` on H5 (client/hooks/elder-mode.ts). */
const ELDER_VALUE = JSON.stringify({ data: 'on' })

export type PageVisit = { name: string; hash: string }
export type PageReport = {
  name: string
  normal: LayoutFigures
  elder: LayoutFigures | null
  axe: AxeFinding[]
  failures: string[]
}

/** Every page in turn, at 320 px, in normal mode and then in elder mode: axe, sizes and overflow, a screenshot each. */
export async function tourPages(
  context: BrowserContext,
  base: string,
  visits: PageVisit[],
  onElderMissing: (reason: string) => void,
): Promise<PageReport[]> {
  const reports: PageReport[] = []
  for (const visit of visits) {
    const url = `${base}/#${visit.hash}`
    const normal = await inMode(context, url, false, async (page) => {
      const figures = await measureLayout(page)
      const axe = await axeViolations(page)
      await shot(page, `page-${visit.name}-320`)
      return { figures, axe }
    })
    const failures = [...shortfalls(normal.figures, NORMAL).map((s) => `normal: ${s}`), ...normal.axe.map(axeLine)]
    const elder = await inMode(context, url, true, async (page) => {
      if (!(await page.evaluate(() => document.querySelector('.screen--elder') !== null))) return null
      const figures = await measureLayout(page)
      failures.push(...shortfalls(figures, ELDER).map((s) => `elder: ${s}`))
      for (const f of await axeViolations(page)) if (!normal.axe.some((a) => a.rule === f.rule)) failures.push(axeLine(f))
      await shot(page, `page-${visit.name}-320-elder`)
      return figures
    })
    if (!elder) onElderMissing('the build has no elder mode yet (no `.screen--elder` on the page after setting anju.elder)')
    reports.push({ name: visit.name, normal: normal.figures, elder, axe: normal.axe, failures })
  }
  return reports
}

/** A fresh page with elder mode set (or cleared) before any of the app's code runs. */
async function inMode<T>(context: BrowserContext, url: string, elder: boolean, measure: (page: Page) => Promise<T>) {
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  try {
    await page.addInitScript(TAP_PROBE)
    await page.addInitScript(([key, value, on]) => (on ? localStorage.setItem(key, value) : localStorage.removeItem(key)), [
      ELDER_KEY,
      ELDER_VALUE,
      elder,
    ] as const)
    await page.goto(url)
    // The page's calls answered; a page opened directly does not slide in, so it stands still from here.
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(200)
    return await measure(page)
  } finally {
    await page.close()
  }
}

const axeLine = (f: AxeFinding) => `axe ${f.impact} ${f.rule}: ${f.help} (${f.targets.join(', ')})`

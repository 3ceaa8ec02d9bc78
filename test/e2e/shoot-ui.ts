import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT, screenshotWhole, startStack } from './harness'
import { type Measurement, measure, summarise } from './measure'

/**
 * `npx tsx test/e2e/shoot-ui.ts`: every page at 320 px with the text 1.5× larger (as a phone set to large text),
 * in normal and in elder mode; screenshots and the measured figures go to artifacts/ui-shell/. Needs dist/h5.
 */
const OUT = join(ROOT, 'artifacts/ui-shell')
const ZOOM_TEXT = '150%'

type Visit = { name: string; hash: string; open?: string }
const ROLES: { openid: string | null; visits: Visit[] }[] = [
  {
    openid: null,
    visits: [
      { name: 'visitor-home', hash: '/pages/index/index' },
      { name: 'visitor-board', hash: '/pages/board/index' },
    ],
  },
  {
    openid: 'demo-farmer-1',
    visits: [
      { name: 'farmer-home', hash: '/pages/index/index' },
      { name: 'farmer-apply', hash: '/pages/apply/index' },
      { name: 'farmer-cases', hash: '/pages/cases/index' },
      { name: 'farmer-case', hash: '/pages/cases/index', open: '.card--tap' },
      { name: 'farmer-payments', hash: '/pages/payments/index' },
      { name: 'farmer-messages', hash: '/pages/messages/index' },
    ],
  },
  {
    openid: 'demo-village-dongcun',
    visits: [
      { name: 'village-home', hash: '/pages/index/index' },
      { name: 'village-inbox', hash: '/packages/review/pages/inbox/index' },
      { name: 'village-review', hash: '/packages/review/pages/inbox/index', open: '.card--tap' },
    ],
  },
  {
    openid: 'demo-finance',
    visits: [
      { name: 'finance-home', hash: '/pages/index/index' },
      { name: 'finance-payable', hash: '/packages/finance/pages/payable/index' },
    ],
  },
]

async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(600)
}

async function visitAll(page: Page, base: string, visits: Visit[], mode: string, rows: string[]) {
  for (const v of visits) {
    await page.goto(`${base}/#${v.hash}`)
    await settle(page)
    if (v.open) {
      const first = page.locator(v.open).first()
      if ((await first.count()) === 0) {
        rows.push(`| ${v.name} | ${mode} | (nothing to open) |`)
        continue
      }
      await first.click()
      await settle(page)
    }
    const m: Measurement = await measure(page)
    await screenshotWhole(page, join(OUT, `${v.name}-${mode}.png`))
    // The same page with the phone's text set 1.5× larger: nothing may overflow sideways.
    const zoom = await page.addStyleTag({ content: `html{font-size:${ZOOM_TEXT} !important}` })
    await page.waitForTimeout(200)
    const big = await measure(page)
    await screenshotWhole(page, join(OUT, `${v.name}-${mode}-x1.5.png`))
    await zoom.evaluate((el) => (el as Element).remove())
    rows.push(`| ${v.name} | ${mode} | ${summarise(m)} | ${big.overflowX}px |`)
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const stack = await startStack()
  const rows = [
    '| page | mode | smallest text · smallest target · line spacing · overflow | overflow at 1.5× |',
    '|---|---|---|---|',
  ]
  try {
    for (const role of ROLES) {
      const context = await stack.freshContext()
      const page = await context.newPage()
      await page.setViewportSize({ width: 320, height: 640 })
      page.setDefaultTimeout(15_000)
      if (role.openid) {
        await page.goto(`${stack.base}/#/pages/login/index`)
        await page.click(`#login-user-${role.openid}`)
        await page.waitForSelector('#home-name, #home-unregistered')
      }
      await visitAll(page, stack.base, role.visits, 'normal', rows)
      await page.goto(`${stack.base}/#/pages/index/index`)
      await page.click('#elder-switch')
      await visitAll(page, stack.base, role.visits, 'elder', rows)
      await context.close()
    }
  } finally {
    await stack.close()
  }
  writeFileSync(join(OUT, 'measurements.md'), `${rows.join('\n')}\n`)
  console.log(rows.join('\n'))
}

void main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)

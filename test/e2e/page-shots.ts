/**
 * Screenshots of the farmer's and officials' pages at 320 px (and the inbox at 375×667 to count the cards that
 * fit one screen), into artifacts/ui-pages/. Reuses dist/h5 as built (`npm run build:h5` first).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { addCalendarDays } from '@shared/domain/dates'
import { col } from '@shared/usecases/collections'
import { submitApplication } from '@shared/usecases/submit-application'
import { ROOT, screenshotWhole, startStack, type Stack } from './harness'
import { fillMeeting } from './flows/workflow'

const OUT = join(ROOT, 'artifacts/ui-pages')
// Early enough that every window of the walk, overdue wait included, stays inside the calendar's known years.
const START = '2026-10-12'
const figures: Record<string, unknown> = {}

async function shot(page: Page, name: string, fullPage = true) {
  await page.waitForTimeout(500)
  const path = join(OUT, `${name}.png`)
  await (fullPage ? screenshotWhole(page, path) : page.screenshot({ path }))
  figures[`${name}.overflowPx`] = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

async function as(stack: Stack, openid: string, visit: (page: Page) => Promise<void>, width = 320, height = 640) {
  const page = await stack.context.newPage()
  await page.setViewportSize({ width, height })
  page.setDefaultTimeout(15_000)
  try {
    await page.goto(`${stack.base}/#/pages/login/index`)
    await page.click(`#login-user-${openid}`)
    await page.waitForSelector('#home-name, #home-unregistered')
    await visit(page)
  } catch (e) {
    await page.screenshot({ path: join(OUT, `failed-${openid}.png`), fullPage: true }).catch(() => undefined)
    throw e
  } finally {
    await page.close()
  }
}

/** More households waiting at the village, so the inbox has enough cards to measure. */
async function moreCases(stack: Stack, n: number) {
  const { store, deps } = stack.runtime
  const base = await col(store, 'households').doc('hh-dongcun-002').get()
  const house = await col(store, 'houses').doc('house-hh-dongcun-002').get()
  const village = await col(store, 'users').doc('demo-village-dongcun').get()
  if (!base || !house || !village) throw new Error('demo data missing')
  const names = ['孙玉山', '周桂芝', '吴永福', '郑秀英', '冯德明', '陈金花']
  for (let i = 0; i < n; i++) {
    const hid = `hh-shots-${i}`
    const { _id: _h, ...h } = base
    const { _id: _x, ...x } = house
    await col(store, 'households')
      .doc(hid)
      .set({ ...h, headName: names[i] ?? `户${i}`, houseIds: [`house-shots-${i}`], activeCaseId: null } as never)
    await col(store, 'houses')
      .doc(`house-shots-${i}`)
      .set({ ...x, householdId: hid } as never)
    await submitApplication(
      deps,
      { openid: village._id, user: village },
      {
        householdId: hid,
        houseId: `house-shots-${i}`,
        targetGroup: 'poor_disabled',
        mode: 'rebuild',
        reason: '房屋整体危险，墙体倾斜',
        photoIds: [],
        proxyReason: '户主失能，村委会代为申请',
      },
    )
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const stack = await startStack()
  stack.runtime.clock.moveTo(START)
  let caseId = ''
  try {
    await as(stack, 'demo-farmer-1', async (page) => {
      await page.click('#tile-apply')
      await page.click('#apply-house-house-hh-dongcun-001')
      await page.click('#apply-target-min_allowance')
      await shot(page, 'apply-modes-for-c-grade')
      figures.applyModesOffered = await page.$$eval('[id^="apply-mode-"]', (els) => els.map((e) => e.id))
      await page.fill('#apply-reason textarea', '🏠🏠🏠🏠')
      await shot(page, 'apply-emoji-reason-hint')
      await page.click('#apply-mode-repair')
      await page.fill('#apply-reason textarea', '土坯房墙体开裂，屋顶漏雨，下雨天没法住')
      await page.click('#apply-submit')
      await page.waitForSelector('#apply-done')
      await shot(page, 'apply-submitted')
      await page.click('#apply-done-open')
      await page.waitForSelector('#case-state')
      caseId = new URL(page.url().replace('#', '')).searchParams.get('caseId') ?? ''
      await shot(page, 'case-submitted')
    })
    await moreCases(stack, 5)
    stack.runtime.clock.moveTo(addCalendarDays(START, 16))
    await as(stack, 'demo-village-dongcun', async (page) => {
      await page.waitForSelector('#tile-inbox')
      await page.waitForTimeout(500)
      figures.homeInboxTile = await page.textContent('#tile-inbox')
      await shot(page, 'home-village-tile-count')
      await page.click('#tile-inbox')
      await page.waitForSelector(`#inbox-item-${caseId}`)
      await shot(page, 'inbox-320')
    })
    await as(
      stack,
      'demo-village-dongcun',
      async (page) => {
        await page.click('#tile-inbox')
        await page.waitForSelector(`#inbox-item-${caseId}`)
        await page.waitForTimeout(500)
        figures.inboxCardsFullyOnScreenAt375x667 = await page.$$eval(
          '[id^="inbox-item-"]:not([id$="-waiting"]):not([id$="-status"])',
          (els) => els.filter((e) => e.getBoundingClientRect().bottom <= window.innerHeight).length,
        )
        await shot(page, 'inbox-375x667', false)
        await page.click(`#inbox-item-${caseId}`)
        await page.waitForSelector('#decide-approve')
        await page.waitForTimeout(500)
        const bar = await page.$eval('#decision-bar', (e) => e.getBoundingClientRect().bottom)
        figures.decisionBarBottomAt375x667 = bar
        await shot(page, 'review-375x667-first-screen', false)
      },
      375,
      667,
    )
    await as(stack, 'demo-village-dongcun', async (page) => {
      await page.goto(`${stack.base}/#/packages/review/pages/review/index?caseId=${caseId}`)
      await page.waitForSelector('#decide-approve')
      await shot(page, 'review-320-first-screen', false)
      await page.fill('#decide-comment textarea', '😀😀')
      await shot(page, 'review-emoji-comment-hint')
      await fillMeeting(page)
      await shot(page, 'review-village-meeting-record')
      await page.fill('#decide-comment textarea', '村民代表会议评议通过')
      await page.click('#decide-approve')
      await page.click('#decide-confirm-ok')
      await page.waitForSelector('#decide-done')
      await shot(page, 'review-done')
    })
    // Past the publicity: the label must no longer say 公示中.
    const c = await col(stack.runtime.store, 'cases').doc(caseId).get()
    stack.runtime.clock.moveTo(addCalendarDays(c?.publicityClosesOn ?? START, 1))
    await as(stack, 'demo-township-chengguan', async (page) => {
      await page.click('#tile-inbox')
      await page.waitForSelector(`#inbox-item-${caseId}`)
      figures.townshipStatusAfterPublicity = await page.textContent(`#inbox-item-${caseId}-status`)
      await shot(page, 'inbox-township-after-publicity')
      await page.click(`#inbox-item-${caseId}`)
      await page.waitForSelector('#decide-approve')
      await page.click('#decide-approve')
      await page.click('#decide-confirm-ok')
      await page.waitForSelector('#decide-done')
    })
    const c2 = await col(stack.runtime.store, 'cases').doc(caseId).get()
    stack.runtime.clock.moveTo(addCalendarDays(c2?.publicityClosesOn ?? START, 1))
    await as(stack, 'demo-county', async (page) => {
      await page.goto(`${stack.base}/#/packages/review/pages/review/index?caseId=${caseId}`)
      await page.waitForSelector('#decide-approve')
      await page.click('#decide-approve')
      await page.click('#decide-confirm-ok')
      await page.waitForSelector('#decide-done')
    })
    await as(stack, 'demo-finance', async (page) => {
      await page.goto(`${stack.base}/#/packages/finance/pages/pay/index?caseId=${caseId}`)
      await page.waitForSelector('#pay-remaining')
      await page.fill('#pay-amount input', '50a0')
      await shot(page, 'pay-letters-refused')
      await page.fill('#pay-amount input', '12345.67')
      await page.click('#pay-stage-start')
      await page.click('#pay-source-higher_level')
      await page.fill('#pay-voucher input', 'CZ-2026-0001')
      await page.click('#pay-submit')
      await page.waitForSelector('#pay-confirm')
      figures.payConfirmWords = await page.textContent('#pay-confirm-words')
      await shot(page, 'pay-confirm')
      await page.click('#pay-confirm-ok')
      await page.waitForSelector('#pay-done')
      await page.waitForTimeout(400)
      figures.payDoneTopPx = await page.$eval('#pay-done', (e) => e.getBoundingClientRect().top)
      figures.payDoneFocused = await page.evaluate(() => document.activeElement?.id ?? null)
      await shot(page, 'pay-done')
      await page.click('#pay-done-another')
      await page.fill('#pay-amount input', '100')
      await page.click('#pay-stage-start')
      await page.click('#pay-source-higher_level')
      await page.fill('#pay-voucher input', 'CZ-2026-0002')
      await page.click('#pay-submit')
      await page.waitForSelector('#pay-confirm-same-day')
      await shot(page, 'pay-confirm-same-day-warning')
    })
    await as(stack, 'demo-farmer-1', async (page) => {
      await page.click('#tile-payments')
      await page.waitForSelector(`#payments-summary-${caseId}`)
      figures.farmerRemaining = await page.textContent(`#payments-summary-${caseId}-remaining`)
      figures.farmerNext = await page.textContent(`#payments-summary-${caseId}-next`)
      await shot(page, 'payments-summary')
      await page.goBack()
      await page.click('#tile-messages')
      await page.waitForSelector('[id^="messages-item-"]')
      await shot(page, 'messages')
      const progress = await page.$$('[id^="messages-item-"]')
      const titles = await Promise.all(progress.map((p) => p.textContent()))
      const i = titles.findIndex((t) => t?.includes('申请进度更新'))
      if (i < 0) throw new Error('no 申请进度更新 message')
      await progress[i]?.click()
      await page.waitForSelector('#case-state')
      figures.progressMessageOpensCase = page.url().includes(caseId)
      await shot(page, 'message-opens-case')
    })
  } finally {
    await stack.close()
    writeFileSync(join(OUT, 'figures.json'), JSON.stringify(figures, null, 2))
    console.log(JSON.stringify(figures, null, 2))
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

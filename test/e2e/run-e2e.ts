/**
 * The walking skeleton's slice in a real browser: the H5 build served by the local server, driven through
 * the pages as the five people would. Screenshots of every step land in artifacts/e2e/.
 * `--no-build` reuses dist/h5 as it is.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { containsSensitive } from '@shared/domain/masking'
import { addCalendarDays } from '@shared/domain/dates'
import { col } from '@shared/usecases/collections'
import { ARTIFACTS, ROOT, shot, startStack, type Stack } from './harness'

const FARMER = 'demo-farmer-1'
const HOUSE = 'house-hh-dongcun-001'
/** A fixed Monday, so the publicity windows never run into a year the holiday data does not cover yet. */
const START = '2026-11-23'

type Step = { name: string; run: () => Promise<void> }

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (built.status !== 0) throw new Error(`H5 build failed:\n${built.stdout}\n${built.stderr}`)
  }
  const stack = await startStack()
  stack.runtime.clock.moveTo(START)
  let caseId = ''
  const results: { name: string; ok: boolean; error?: string }[] = []

  const steps: Step[] = [
    {
      name: 'farmer applies through the form',
      run: () =>
        as(stack, FARMER, 'farmer', async (page) => {
          await page.click('#tile-apply')
          await page.click(`#apply-house-${HOUSE}`)
          await page.click('#apply-target-min_allowance')
          await page.click('#apply-mode-repair')
          await page.fill('#apply-reason textarea', '土坯房墙体开裂，屋顶漏雨，下雨天没法住')
          await shot(page, '01-farmer-apply-form')
          await page.click('#apply-submit')
          await page.waitForSelector('#apply-done')
          await page.click('#apply-done-open')
          await page.waitForSelector('#case-state')
          caseId = new URL(page.url().replace('#', '')).searchParams.get('caseId') ?? ''
          expect(caseId.length > 0, 'the case page shows the new case id')
          expect((await page.textContent('#case-state'))?.includes('待村评议'), 'the case waits for the village')
          await shot(page, '02-farmer-case-submitted')
        }),
    },
    {
      name: 'village committee approves after its review',
      run: () =>
        as(stack, 'demo-village-dongcun', 'village', async (page) => {
          await decide(page, caseId, '村民代表会议评议通过', 'village-approve')
        }),
    },
    {
      name: 'the public board shows the result, masked',
      run: () =>
        as(stack, 'demo-visitor', 'visitor', async (page) => {
          await page.click('#tile-board')
          await page.waitForSelector('[id^="board-item-"]')
          const text = (await page.textContent('body')) ?? ''
          expect(text.includes('张*'), 'the board names the applicant masked')
          expect(!text.includes('张秋菊'), 'the board never shows the full name')
          expect(!containsSensitive(text), 'the board shows no ID, phone or account number')
          expect(text.includes('公示中'), 'the notice is running')
          await shot(page, '04-public-board')
        }),
    },
    {
      name: '只看公示栏 without signing in',
      run: () =>
        asVisitor(stack, 'visitor-no-session', async (page, sawLogin) => {
          await page.goto(`${stack.base}/`)
          await page.waitForSelector('#home-visitor')
          await page.click('#tile-board')
          await page.waitForSelector('[id^="board-item-"]')
          await page.waitForTimeout(800) // a refused call would bounce to the login page about now
          expect(page.url().includes('pages/board/index'), 'the visitor stays on the board')
          expect(((await page.textContent('body')) ?? '').includes('公示中'), 'the board shows the running notice')
          expect(!sawLogin(), 'the visitor never sees the login page')
          await shot(page, '04b-board-without-session')
        }),
    },
    {
      name: '只看公示栏 from the login page stays on the board',
      run: () =>
        asVisitor(stack, 'visitor-login-board', async (page) => {
          await page.goto(`${stack.base}/#/pages/login/index`)
          await page.click('#login-board')
          await page.waitForSelector('[id^="board-item-"]')
          await page.waitForTimeout(800)
          expect(page.url().includes('pages/board/index'), 'the board is not sent back to the login page')
        }),
    },
    {
      name: 'township cannot audit during publicity, then audits after it ends',
      run: () =>
        as(stack, 'demo-township-chengguan', 'township', async (page) => {
          await page.click('#tile-inbox')
          await page.click(`#inbox-item-${caseId}`)
          await page.waitForSelector('#decide-publicity')
          await shot(page, '05-township-publicity-running')
          await stepPastPublicity(stack, caseId)
          await page.reload()
          await decideHere(page, '审核通过', 'township-approve')
        }),
    },
    {
      name: 'county approves after the township result was publicised',
      run: async () => {
        await stepPastPublicity(stack, caseId)
        await as(stack, 'demo-county', 'county', (page) => decide(page, caseId, '', 'county-approve'))
      },
    },
    {
      name: 'finance records the start-up payment',
      run: () =>
        as(stack, 'demo-finance', 'finance', async (page) => {
          await page.click('#tile-payable')
          await page.click(`#payable-item-${caseId}`)
          await page.waitForSelector('#pay-remaining')
          await page.fill('#pay-amount input', '5000')
          await page.click('#pay-stage-start')
          await page.click('#pay-source-higher_level')
          await page.fill('#pay-voucher input', 'CZ-2026-0001')
          await page.click('#pay-submit')
          await page.click('#pay-confirm-ok')
          await page.waitForSelector('#pay-done')
          await shot(page, '08-finance-paid')
        }),
    },
    {
      name: 'farmer sees the payment and the "funds arrived" message',
      run: () =>
        as(stack, FARMER, 'farmer-after', async (page) => {
          expect((await page.textContent('#tile-messages'))?.match(/\d/) !== null, 'the messages tile shows an unread count')
          await page.click('#tile-payments')
          const amount = await page.waitForSelector('[id^="payments-item-"][id$="-amount"]')
          expect((await amount.textContent())?.includes('¥5,000.00'), 'the payment shows ¥5,000.00')
          await shot(page, '09-farmer-payments')
          await page.goBack()
          await page.click('#tile-messages')
          await page.waitForSelector('[id^="messages-item-"]')
          expect(((await page.textContent('body')) ?? '').includes('补助资金已到账'), 'the funds-arrived message is listed')
          await shot(page, '10-farmer-messages')
          const delivered = await stack.runtime.sender.readAll()
          expect(
            delivered.some((d) => d.message.recipientId === FARMER && d.message.kind === 'funds_arrived'),
            'the outbox delivered the funds-arrived message to the farmer',
          )
        }),
    },
  ]

  try {
    for (const step of steps) {
      const started = Date.now()
      try {
        await step.run()
        results.push({ name: step.name, ok: true })
        console.log(`  ✓ ${step.name} (${Date.now() - started} ms)`)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        results.push({ name: step.name, ok: false, error: message })
        console.log(`  ✗ ${step.name}\n    ${message}`)
        break // later steps build on this one
      }
    }
  } finally {
    await stack.close()
  }
  const passed = results.filter((r) => r.ok).length
  const failed = steps.length - passed
  writeFileSync(join(ARTIFACTS, 'result.json'), JSON.stringify({ passed, failed, results }, null, 2))
  console.log(`e2e: ${passed} passed, ${failed} failed (screenshots in ${ARTIFACTS})`)
  if (failed > 0) process.exit(1)
}

function expect(condition: boolean | undefined, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`)
}

/** One person's visit: a fresh page, signed in on the dev login page (the local stand-in for WeChat). */
async function as(stack: Stack, openid: string, label: string, visit: (page: Page) => Promise<void>): Promise<void> {
  const page = await stack.context.newPage()
  page.setDefaultTimeout(15_000)
  try {
    await page.goto(`${stack.base}/#/pages/login/index`)
    await page.click(`#login-user-${openid}`)
    await page.waitForSelector('#home-name, #home-unregistered')
    await visit(page)
  } catch (error) {
    await shot(page, `failed-${label}`).catch(() => undefined)
    throw error
  } finally {
    await page.close()
  }
}

/**
 * A member of the public in a browser of their own, with no session token; `sawLogin` tells whether the login page
 * was ever shown (it is the only page that lists the dev users).
 */
async function asVisitor(
  stack: Stack,
  label: string,
  visit: (page: Page, sawLogin: () => boolean) => Promise<void>,
): Promise<void> {
  const context = await stack.freshContext()
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  let login = false
  page.on('request', (r) => {
    if (r.url().includes('/api/dev/users')) login = true
  })
  try {
    expect((await context.storageState()).origins.length === 0, 'the visitor starts with no stored session')
    await visit(page, () => login || page.url().includes('pages/login'))
  } catch (error) {
    await shot(page, `failed-${label}`).catch(() => undefined)
    throw error
  } finally {
    await context.close()
  }
}

async function decide(page: Page, caseId: string, comment: string, label: string): Promise<void> {
  await page.click('#tile-inbox')
  await page.click(`#inbox-item-${caseId}`)
  await decideHere(page, comment, label)
}

async function decideHere(page: Page, comment: string, label: string): Promise<void> {
  await page.waitForSelector('#decide-approve')
  if (comment) await page.fill('#decide-comment textarea', comment)
  await page.click('#decide-approve')
  await page.click('#decide-confirm-ok')
  await page.waitForSelector('#decide-done')
  await shot(page, label)
}

/** Moves the server's clock to the first day after the case's running publicity window. */
async function stepPastPublicity(stack: Stack, caseId: string): Promise<void> {
  const c = await col(stack.runtime.store, 'cases').doc(caseId).get()
  if (!c?.publicityClosesOn) throw new Error(`case ${caseId} has no running publicity`)
  stack.runtime.clock.moveTo(addCalendarDays(c.publicityClosesOn, 1))
}

main().catch((error) => {
  console.error(error)
  console.log('e2e: 0 passed, 1 failed')
  process.exit(1)
})

/**
 * The walking skeleton's slice in a real browser: the H5 build served by the local server, driven through
 * the pages as the five people would. Screenshots of every step land in artifacts/e2e/.
 * `--no-build` reuses dist/h5 as it is.
 */
import { spawnSync } from 'node:child_process'
import { rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { containsSensitive } from '@shared/domain/masking'
import { addCalendarDays } from '@shared/domain/dates'
import { col } from '@shared/usecases/collections'
import { precompress } from '../../cloudfunctions/_build/precompress'
import { axeViolations } from './checks/axe'
import { MAX_FIRST_SCREEN_JS, MAX_READABLE_MS, measureFirstScreen } from './checks/first-screen'
import { loseFirstReply } from './flows/faults'
import { batchToMoney, startWorksAndAllocate } from './flows/funds'
import { upheldObjection } from './flows/objection'
import { planToSignedAgreement } from './flows/agreement'
import { appraisalSteps, farmerSeesGrade } from './flows/appraisal'
import { anonymousReportToLedger } from './flows/hazard'
import { fieldWorkSteps } from './flows/field-work'
import { offlineFirstOpen } from './flows/offline'
import { type PageReport, type PageVisit, tourPages } from './flows/tour'
import { fillMeeting, giveUpFlow, withdrawalFlow } from './flows/workflow'
import { link, pathOf } from '@shared/routes'
import { DEMO_APPRAISALS } from '../../cloudfunctions/_local/demo-appraisals'
import { ARTIFACTS, ROOT, shot as picture, startStack, type Stack } from './harness'

const FARMER = 'demo-farmer-1'
const HOUSE = 'house-hh-dongcun-001'
/** A fixed Monday, so the publicity windows never run into a year the holiday data does not cover yet. */
const START = '2026-11-23'
/** The home page's main heading: what a person sees first once the page is readable. */
const HOME_HEADING = 'h1, #home-name'

/** A chained step builds on the ones before it and is skipped once one of them failed; the others always run. */
type Step = { name: string; run: () => Promise<void>; chained?: boolean }

/** Serious and critical axe findings on the pages of the walk, by screenshot name; the tour reports its own. */
const axeOnTheWay: { at: string; rule: string; help: string; targets: string[] }[] = []

/** Findings of the walk that are reported on their own and do not stop the steps that build on it. */
const seen: { name: string; ok: boolean; error?: string }[] = []

/** Every screenshot of the walk is also an axe run on that page state. */
async function shot(page: Page, name: string): Promise<void> {
  await picture(page, name)
  for (const f of await axeViolations(page)) axeOnTheWay.push({ at: name, ...f })
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (built.status !== 0) throw new Error(`H5 build failed:\n${built.stdout}\n${built.stderr}`)
    precompress(join(ROOT, 'dist/h5'))
  }
  // Screenshots of an earlier run would pass for this one's.
  rmSync(ARTIFACTS, { recursive: true, force: true })
  const stack = await startStack()
  stack.runtime.clock.moveTo(START)
  let caseId = ''
  let objectionCaseId = ''
  const results: { name: string; ok: boolean; error?: string }[] = []
  const flow = {
    as: (openid: string, label: string, visit: (page: Page) => Promise<void>) => as(stack, openid, label, visit),
    shot,
    expect,
  }

  const steps: Step[] = [
    ...appraisalSteps(stack, flow),
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
          const lost = await loseFirstReply(page, 'application', 'submit')
          await page.click('#apply-submit')
          await page.waitForSelector('#apply-done')
          await page.click('#apply-done-open')
          await page.waitForSelector('#case-state')
          expect(lost(), 'the first reply to the submit was lost on the way back')
          caseId = new URL(page.url().replace('#', '')).searchParams.get('caseId') ?? ''
          expect(caseId.length > 0, 'the case page shows the new case id')
          expect((await page.textContent('#case-state'))?.includes('待村评议'), 'the case waits for the village')
          const cases = await col(stack.runtime.store, 'cases').where({ houseId: HOUSE }).count()
          expect(cases === 1, `exactly one case for the house after the lost reply (found ${cases})`)
          await shot(page, '02-farmer-case-submitted')
        }),
    },
    farmerSeesGrade(stack, flow, () => caseId),
    {
      name: 'village committee approves after its review',
      run: () =>
        as(stack, 'demo-village-dongcun', 'village', async (page) => {
          const lost = await loseFirstReply(page, 'review', 'decide')
          await decide(page, caseId, '村民代表会议评议通过', 'village-approve')
          expect(lost(), 'the first reply to the decision was lost on the way back')
          const c = await col(stack.runtime.store, 'cases').doc(caseId).get()
          const decisions = c?.history.filter((h) => h.actorRole === 'village').length
          expect(decisions === 1, `exactly one village decision after the lost reply (found ${decisions})`)
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
      name: 'the farmer chooses the plan; household, village and township confirm the agreement; it is signed and saves as PDF',
      run: async () => {
        await stepPastPublicity(stack, caseId)
        await planToSignedAgreement(
          stack,
          caseId,
          FARMER,
          { village: 'demo-village-dongcun', township: 'demo-township-chengguan' },
          { as: (openid, label, visit) => as(stack, openid, label, visit), shot, expect },
        )
      },
    },
    {
      name: 'the township starts the works and finance sends the start-up money; the start payment falls due',
      run: () =>
        startWorksAndAllocate(
          stack,
          caseId,
          { township: 'demo-township-chengguan', finance: 'demo-finance' },
          { as: (openid, label, visit) => as(stack, openid, label, visit), shot, expect },
        ),
    },
    {
      name: 'finance cannot type by hand a payment that is due through the bank batch',
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
          await confirmPayment(page)
          // The start payment fell due with the start of works: it goes to the bank in a batch, never typed beside it.
          await page.waitForFunction(() => document.body.textContent?.includes('有¥2,500.00待拨付，请通过银行批次支付'))
          const payments = await col(stack.runtime.store, 'payments').where({ caseId }).count()
          expect(payments === 0, `nothing was paid by hand beside the due line (found ${payments})`)
          await shot(page, '08-finance-refused-beside-due-line')
        }),
    },
    {
      name: 'finance pays the start payment in a bank batch approved by a second officer; the bank result is imported once',
      run: async () => {
        const paid = await batchToMoney(
          stack,
          caseId,
          { finance: 'demo-finance', checker: 'demo-finance-2' },
          { as: (openid, label, visit) => as(stack, openid, label, visit), shot, expect, loseFirstReply },
        )
        expect(paid === 250_000, `the start payment is half the ¥5,000 start-up money (paid ${paid} fen)`)
      },
    },
    {
      name: 'farmer sees the payment and the "funds arrived" message',
      run: () =>
        as(stack, FARMER, 'farmer-after', async (page) => {
          expect((await page.textContent('#tile-messages'))?.match(/\d/) !== null, 'the messages tile shows an unread count')
          await page.click('#tile-payments')
          const amount = await page.waitForSelector('[id^="payments-item-"][id$="-amount"]')
          expect((await amount.textContent())?.includes('¥2,500.00'), 'the payment shows ¥2,500.00')
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
    {
      name: 'a progress message opened from 我的消息 shows the case',
      run: () =>
        as(stack, FARMER, 'farmer-progress-message', async (page) => {
          await page.click('#tile-messages')
          await page.locator('[id^="messages-item-"]', { hasText: '申请进度更新' }).first().click()
          await page.locator('#case-state').waitFor({ state: 'visible' })
          const text = (await page.textContent('body')) ?? ''
          expect(!/expected|Too small|Invalid|caseId/i.test(text), 'the case page shows no programmer error')
          expect(page.url().includes(caseId), 'the message opened its own case')
          await shot(page, '11-farmer-progress-message-case')
        }),
    },
    {
      name: 'an upheld objection returns the case, and the objector reads why',
      chained: false,
      run: async () => {
        objectionCaseId = await upheldObjection(stack, (openid, label, visit) => as(stack, openid, label, visit), expect, shot)
      },
    },
    {
      name: "a villager's anonymous hazard report is verified and put on the ledger; the villager sees it under 我的反映",
      chained: false,
      run: () =>
        anonymousReportToLedger(stack, {
          as: (openid, label, visit) => as(stack, openid, label, visit),
          shot,
          expect,
        }),
    },
    {
      name: 'a farmer withdraws an application before the village has acted',
      chained: false,
      run: () =>
        as(stack, 'demo-farmer-3', 'farmer-withdraw', async (page) => {
          await withdrawalFlow(page, expect)
          await shot(page, '11b-farmer-withdrawn')
        }),
    },
    {
      name: 'a household gives up renovation after county approval and is resettled',
      chained: false,
      run: () =>
        as(stack, 'demo-farmer-2', 'farmer-give-up', async (page) => {
          // Three publicity windows in a row: started from the walk's first day, they stay inside the calendar's years.
          stack.runtime.clock.moveTo(START)
          await giveUpFlow(stack, page, expect)
          await shot(page, '11c-farmer-resettled')
        }),
    },
    {
      name: 'first open of a page while offline shows 网络不通, and the retry opens it once online',
      chained: false,
      run: async () => {
        const context = await stack.freshContext()
        const page = await context.newPage()
        page.setDefaultTimeout(15_000)
        try {
          await signIn(stack, page, FARMER)
          await offlineFirstOpen(context, page, () => page.click('#tile-payments'), '[id^="payments"]')
          await shot(page, '12-offline-first-open-retried-online')
        } catch (error) {
          await picture(page, 'failed-offline-first-open').catch(() => undefined)
          throw error
        } finally {
          await context.close()
        }
      },
    },
    {
      // Issue 10 on a house of its own (东村 002), so it neither needs nor disturbs the case walked above.
      name: 'field work: an inspection saved offline is sent once later; its ledger entry is closed and confirmed (销号)',
      chained: false,
      run: async () => {
        for (const sub of fieldWorkSteps(stack, (openid, label, visit) => as(stack, openid, label, visit), shot)) {
          await sub.run()
        }
      },
    },
    {
      name: 'the administrator enters next year’s holidays on 节假日安排, and the calendar counts with them',
      chained: false,
      run: () =>
        as(stack, 'demo-admin', 'admin-calendar', async (page) => {
          await page.click('#tile-calendar')
          await page.waitForSelector('#calendar-holidays')
          // A made-up entry for the walk, not the State Council's notice; a mistyped line is named, not dropped.
          await page.fill('#calendar-holidays textarea', '2027-1-1\n元旦')
          await page.click('#calendar-save')
          await page.waitForSelector('#error-calendar-holidays')
          expect(((await page.textContent('#error-calendar-holidays')) ?? '').includes('元旦'), 'the unreadable line is named')
          await page.fill('#calendar-holidays textarea', '2027-1-1\n2027/02/11')
          await page.fill('#calendar-workdays textarea', '2027-01-03')
          await page.click('#calendar-save')
          await page.waitForFunction(() => document.querySelector('#calendar-message')?.textContent?.includes('已保存'))
          expect(((await page.textContent('#calendar-source')) ?? '').includes('本县补录'), 'the year shows as entered')
          await shot(page, '13-admin-calendar-saved')
          expect(
            stack.runtime.deps.calendar.addWorkingDays('2026-12-28', 5) === '2027-01-04',
            'the server counts with the entered days at once (29–31 Dec, Sunday 3 Jan worked, 4 Jan)',
          )
        }),
    },
    {
      name: `the home page is readable within ${MAX_READABLE_MS} ms on 1.6 Mbps / 150 ms, with at most 180 KB of JS`,
      chained: false,
      run: async () => {
        const figures = await measureFirstScreen((o) => stack.freshContext(o), stack.base, HOME_HEADING)
        // A browser without brotli gets the gzip copies of the same files.
        const gzipBytes = figures.jsFiles.reduce((n, f) => n + statSync(join(ROOT, 'dist/h5', `${f}.gz`)).size, 0)
        writeFileSync(join(ARTIFACTS, 'first-screen.json'), JSON.stringify({ ...figures, gzipBytes }, null, 2))
        const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
        console.log(
          `    first screen: ${figures.jsFiles.length} JS files, ${kb(figures.jsWireBytes)} over the wire ` +
            `(${figures.encodings.join('/')}; ${kb(gzipBytes)} as gzip), ${kb(figures.jsBytes)} uncompressed; ` +
            `readable in ${figures.readableMs} ms`,
        )
        expect(figures.jsWireBytes <= MAX_FIRST_SCREEN_JS, `first-screen JS ${kb(figures.jsWireBytes)} ≤ 180 KB`)
        expect(figures.readableMs <= MAX_READABLE_MS, `readable in ${figures.readableMs} ms ≤ ${MAX_READABLE_MS} ms`)
      },
    },
  ]

  let pages: PageReport[] = []
  try {
    let chainBroken = false
    for (const step of steps) {
      const chained = step.chained ?? true
      if (chained && chainBroken) {
        results.push({ name: step.name, ok: false, error: 'skipped: an earlier step of the walk failed' })
        console.log(`  - ${step.name} (skipped: an earlier step of the walk failed)`)
        continue
      }
      const started = Date.now()
      try {
        await step.run()
        results.push({ name: step.name, ok: true })
        console.log(`  ✓ ${step.name} (${Date.now() - started} ms)`)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        results.push({ name: step.name, ok: false, error: message })
        console.log(`  ✗ ${step.name}\n    ${message}`)
        if (chained) chainBroken = true
      }
    }
    pages = await tour(stack, caseId, objectionCaseId)
    for (const p of pages) {
      results.push({ name: `page ${p.name} at 320 px`, ok: p.failures.length === 0, error: p.failures.join('; ') })
      const figures = (f: PageReport['normal']) =>
        `text ≥ ${f.minTextPx} px, body ${f.bodyTextPx} px, ` +
        `targets ≥ ${f.minTargetPx ? `${f.minTargetPx} px` : '(none)'}, overflow ${f.overflowPx} px`
      console.log(
        `  ${p.failures.length === 0 ? '✓' : '✗'} page ${p.name}: normal ${figures(p.normal)}` +
          (p.elder ? ` | elder ${figures(p.elder)}` : ''),
      )
      for (const f of p.failures) console.log(`    ${f}`)
    }
    results.push(...seen)
    for (const r of seen) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name}${r.ok ? '' : `\n    ${r.error}`}`)
    const onTheWay = axeOnTheWay.map((f) => `${f.at}: ${f.rule} — ${f.help} (${f.targets.join(', ')})`)
    results.push({ name: 'axe on every state of the walk', ok: onTheWay.length === 0, error: onTheWay.join('; ') })
    console.log(`  ${onTheWay.length === 0 ? '✓' : '✗'} axe on every state of the walk`)
    for (const line of onTheWay) console.log(`    ${line}`)
  } finally {
    await stack.close()
  }
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  writeFileSync(join(ARTIFACTS, 'result.json'), JSON.stringify({ passed, failed, results }, null, 2))
  writeFileSync(join(ARTIFACTS, 'pages.json'), JSON.stringify(pages, null, 2))
  console.log(`e2e: ${passed} passed, ${failed} failed (screenshots in ${ARTIFACTS})`)
  if (failed > 0) process.exit(1)
}

/** The pages of the walk, each as the person who uses it sees it, in a 320 px wide browser of their own. */
async function tour(stack: Stack, caseId: string, objectionCaseId: string): Promise<PageReport[]> {
  // The hazard walk leaves a report of 东村 behind (when it ran), for the officials' page of one report.
  const report = (await col(stack.runtime.store, 'hazard_reports').orderBy('seq', 'asc').limit(1).get())[0]
  const batch = (await col(stack.runtime.store, 'batches').orderBy('seq', 'asc').limit(1).get())[0]
  const notice = (await col(stack.runtime.store, 'notices').limit(1).get())[0]
  const ordered = DEMO_APPRAISALS[0]!
  const people: { openid: string | null; pages: PageVisit[] }[] = [
    {
      openid: null,
      pages: [
        { name: 'login', hash: pathOf('login') },
        { name: 'home-visitor', hash: pathOf('index') },
        { name: 'board', hash: pathOf('board') },
        { name: 'my-objections', hash: pathOf('myObjections') },
        { name: 'hazard-report', hash: pathOf('hazardReport') },
        { name: 'hazard-board', hash: link('hazardBoard', { regionPath: '371399.101.201' }) },
        { name: 'my-hazards', hash: pathOf('myHazards') },
        ...(notice ? [{ name: 'notice', hash: link('notice', { noticeId: notice._id }) }] : []),
        { name: 'bind', hash: pathOf('bind') },
      ],
    },
    {
      openid: FARMER,
      pages: [
        { name: 'home-farmer', hash: pathOf('index') },
        { name: 'apply', hash: pathOf('apply') },
        { name: 'cases', hash: pathOf('cases') },
        ...(caseId ? [{ name: 'case', hash: link('case', { caseId }) }] : []),
        { name: 'payments', hash: pathOf('payments') },
        { name: 'messages', hash: pathOf('messages') },
      ],
    },
    {
      openid: 'demo-township-chengguan',
      pages: [
        { name: 'inbox', hash: pathOf('inbox') },
        ...(caseId ? [{ name: 'review', hash: link('review', { caseId }) }] : []),
        { name: 'objections', hash: pathOf('objections') },
        { name: 'works', hash: pathOf('works') },
        ...(objectionCaseId ? [{ name: 'review-objected', hash: link('review', { caseId: objectionCaseId }) }] : []),
        { name: 'hazard-inbox', hash: pathOf('hazardInbox') },
        ...(report ? [{ name: 'hazard', hash: link('hazard', { reportId: report._id }) }] : []),
      ],
    },
    {
      openid: 'demo-village-dongcun',
      pages: [
        { name: 'inspect', hash: pathOf('inspect') },
        { name: 'ledger', hash: pathOf('ledger') },
        { name: 'house-record', hash: link('houseRecord', { houseId: HOUSE }) },
      ],
    },
    {
      openid: 'demo-county',
      pages: [
        { name: 'campaigns', hash: pathOf('campaigns') },
        { name: 'appraisal-order', hash: link('appraisalOrder', { houseId: ordered.houseId, villagePath: ordered.regionPath }) },
      ],
    },
    {
      openid: 'demo-appraiser',
      pages: [
        { name: 'appraisal-inbox', hash: pathOf('appraisalInbox') },
        { name: 'appraisal-record', hash: link('appraisalRecord', { appraisalId: ordered._id }) },
      ],
    },
    {
      openid: 'demo-admin',
      pages: [
        { name: 'admin-users', hash: pathOf('adminUsers') },
        { name: 'bind-code', hash: pathOf('bindCode') },
        { name: 'profile', hash: pathOf('profile') },
        { name: 'benefits', hash: pathOf('benefits') },
        { name: 'calendar', hash: pathOf('calendar') },
      ],
    },
    {
      openid: 'demo-finance',
      pages: [
        { name: 'payable', hash: pathOf('payable') },
        ...(caseId ? [{ name: 'pay', hash: link('pay', { caseId }) }] : []),
        { name: 'funds', hash: pathOf('funds') },
        ...(batch ? [{ name: 'batch', hash: link('batch', { batchId: batch._id }) }] : []),
        { name: 'reconcile', hash: pathOf('reconcile') },
      ],
    },
  ]
  const reports: PageReport[] = []
  let elderMissing = ''
  for (const person of people) {
    const context = await stack.freshContext({ viewport: { width: 320, height: 640 } })
    try {
      if (person.openid) {
        const page = await context.newPage()
        await signIn(stack, page, person.openid)
        await page.close()
      }
      reports.push(
        ...(await tourPages(context, stack.base, person.pages, (reason) => {
          elderMissing = reason
        })),
      )
    } finally {
      await context.close()
    }
  }
  if (elderMissing) console.log(`  - elder-mode checks skipped: ${elderMissing}`)
  return reports
}

function expect(condition: boolean | undefined, what: string): void {
  if (!condition) throw new Error(`expected: ${what}`)
}

/** One person's visit: a fresh page, signed in on the dev login page (the local stand-in for WeChat). */
async function as(stack: Stack, openid: string, label: string, visit: (page: Page) => Promise<void>): Promise<void> {
  const page = await stack.context.newPage()
  page.setDefaultTimeout(15_000)
  try {
    await signIn(stack, page, openid)
    await visit(page)
  } catch (error) {
    await shot(page, `failed-${label}`).catch(() => undefined)
    throw error
  } finally {
    await page.close()
  }
}

/** Signed in on the dev login page (the local stand-in for WeChat), landing on the home page. */
async function signIn(stack: Stack, page: Page, openid: string): Promise<void> {
  await page.goto(`${stack.base}/#/pages/login/index`)
  await page.click(`#login-user-${openid}`)
  await page.waitForSelector('#home-name, #home-unregistered')
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

/**
 * Finance's confirmation step (payee masked, amount in words and figures), where the build has one; without it the
 * payment goes straight through and the step says so.
 */
async function confirmPayment(page: Page): Promise<void> {
  const confirm = page.locator('#pay-confirm')
  await confirm.waitFor({ state: 'visible', timeout: 10_000 })
  const text = (await confirm.textContent()) ?? ''
  expect(text.includes('伍仟元'), 'the confirmation shows the amount in words (伍仟元)')
  expect(text.includes('5,000.00'), 'the confirmation shows the amount in figures')
  expect(!containsSensitive(text), 'the confirmation shows the payee masked')
  await shot(page, '07-finance-confirm')
  await page.click('#pay-confirm-ok')
}

async function decide(page: Page, caseId: string, comment: string, label: string): Promise<void> {
  await page.click('#tile-inbox')
  await page.click(`#inbox-item-${caseId}`)
  await decideHere(page, comment, label)
}

async function decideHere(page: Page, comment: string, label: string): Promise<void> {
  await page.waitForSelector('#decide-approve')
  await fillMeeting(page)
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

import type { Page } from 'playwright-core'
import { addCalendarDays } from '@shared/domain/dates'
import { link } from '@shared/routes'
import { nowOf } from '@shared/usecases/clock-view'
import { col } from '@shared/usecases/collections'
import { FUNCTIONS } from '../../../cloudfunctions/_lib/runtime/functions'
import type { Stack } from '../harness'

/** A small real PNG, for the minutes photo the village official takes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/**
 * The village meeting record on the review page (required for the village's approval or rejection): attendance,
 * votes and the minutes photo, chosen through the browser's file chooser as the H5 photo picker opens it.
 */
export async function fillMeeting(page: Page): Promise<void> {
  if (!(await page.$('#meeting-card'))) return
  await page.fill('#meeting-attendance input', '9')
  await page.fill('#meeting-for input', '7')
  await page.fill('#meeting-against input', '1')
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#meeting-photo-add')])
  await chooser.setFiles({ name: 'minutes.png', mimeType: 'image/png', buffer: PNG })
  await page.waitForSelector('#meeting-photo-0')
}

type Check = (ok: boolean, what: string) => void

/** A village meeting record held today, with its minutes photo uploaded by the village official, for handler calls. */
export async function meetingOf(stack: Stack, villageOfficial: string) {
  const { today } = nowOf(stack.runtime.deps)
  const upload = await callAs(stack, villageOfficial, 'user', {
    action: 'registerUpload',
    fileId: await stack.runtime.files.put({ name: 'minutes.png', contentType: 'image/png', bytes: PNG, folder: 'applications' }),
  })
  return { meetingOn: today, attendance: 9, votesFor: 8, votesAgainst: 0, minutesPhotoId: String(upload.id) }
}

/** Calls a function as the handlers run it for the server, to bring a case to a stage the flow starts from. */
async function callAs(stack: Stack, openid: string, fn: string, data: Record<string, unknown>) {
  const f = FUNCTIONS.find((x) => x.name === fn)!
  const envelope = (await f.run(data, openid, stack.runtime.deps)) as { ok: boolean; data?: any; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${fn}.${String(data.action)} as ${openid}: ${envelope.error?.message}`)
  return envelope.data
}

async function pastPublicity(stack: Stack, caseId: string): Promise<void> {
  const c = await col(stack.runtime.store, 'cases').doc(caseId).get()
  if (c?.publicityClosesOn) stack.runtime.clock.moveTo(addCalendarDays(c.publicityClosesOn, 1))
}

/** The farmer applies, then withdraws the application from the case page, confirming in words. */
export async function withdrawalFlow(page: Page, expect: Check): Promise<void> {
  await page.click('#tile-apply')
  await page.click('[id^="apply-house-"]')
  await page.click('[id^="apply-target-"]')
  await page.click('#apply-mode-repair')
  await page.fill('#apply-reason textarea', '石头房墙体裂缝，想申请加固')
  await page.click('#apply-submit')
  await page.waitForSelector('#apply-done')
  await page.click('#apply-done-open')
  await page.waitForSelector('#case-withdraw')
  await page.click('#case-withdraw')
  await page.waitForSelector('#case-withdraw-confirm-text')
  await page.click('#case-withdraw-confirm-ok')
  await page.waitForFunction(() => document.querySelector('#case-state')?.textContent?.includes('已撤回'))
  expect(!(await page.$('#case-withdraw')), 'a withdrawn case offers no second withdrawal')
  expect(((await page.textContent('#case-timeline')) ?? '').includes('撤回'), 'the timeline shows the withdrawal')
}

/**
 * A D-house household's case is brought through the three levels by the handlers (the main flow drives those pages);
 * the farmer then gives up renovation on the plan page and is resettled with their children.
 */
export async function giveUpFlow(stack: Stack, page: Page, expect: Check): Promise<string> {
  const farmer = 'demo-farmer-2'
  const c = await callAs(stack, farmer, 'application', {
    action: 'submit',
    houseId: 'house-hh-xicun-001',
    targetGroup: (await col(stack.runtime.store, 'households').doc('hh-xicun-001').get())!.targetGroups[0],
    mode: 'rebuild',
    reason: '砖房整体危险，老人想到子女家住',
  })
  const meeting = await meetingOf(stack, 'demo-village-xicun')
  await callAs(stack, 'demo-village-xicun', 'review', { action: 'decide', caseId: c._id, decision: 'approve', meeting })
  await pastPublicity(stack, c._id)
  await callAs(stack, 'demo-township-chengguan', 'review', { action: 'decide', caseId: c._id, decision: 'approve' })
  await pastPublicity(stack, c._id)
  await callAs(stack, 'demo-county', 'review', { action: 'decide', caseId: c._id, decision: 'approve' })
  await pastPublicity(stack, c._id)

  await page.goto(`${stack.base}/#${link('case', { caseId: c._id })}`)
  await page.waitForSelector('#case-plan')
  await page.click('#case-plan')
  await page.waitForSelector('#plan-mode-resettle')
  await page.click('#plan-mode-resettle')
  await page.click('#plan-resettlement-children')
  await page.fill('#plan-note textarea', '到儿子家居住')
  await page.click('#plan-submit')
  await page.waitForSelector('#plan-confirm-text')
  await page.click('#plan-confirm-ok')
  await page.waitForSelector('#plan-done')
  const stored = await col(stack.runtime.store, 'cases').doc(c._id).get()
  expect(stored?.state === 'resettled', `the case is closed as resettled (found ${stored?.state})`)
  expect(stored?.resettlement?.kind === 'children', 'the resettlement record says: supported by children')
  await page.click('#plan-back')
  await page.locator('#case-resettlement:visible').waitFor()
  // The H5 router keeps the earlier case page in the document, hidden: read the one on the screen.
  const timeline = (await page.locator('#case-timeline:visible').textContent()) ?? ''
  expect(timeline.includes('放弃改造'), `the timeline shows the give-up (${timeline.slice(0, 80)})`)
  return c._id
}

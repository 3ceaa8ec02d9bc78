import type { Page } from 'playwright-core'
import type { FunctionName } from '@shared/api/contract'
import { link } from '@shared/routes'
import { col } from '@shared/usecases/collections'
import { FUNCTIONS } from '../../../cloudfunctions/_lib/runtime/functions'
import type { Stack } from '../harness'
import { meetingOf } from './workflow'

const FARMER = 'demo-farmer-2'
const VILLAGE = 'demo-village-xicun'
const TOWNSHIP = 'demo-township-chengguan'
const VISITOR = 'demo-visitor'
const RESOLUTION = '经入户核实，该户在镇上另有住房，异议成立'

type Visit = (openid: string, label: string, visit: (page: Page) => Promise<void>) => Promise<void>
type Check = (condition: boolean | undefined, what: string) => void
type Shot = (page: Page, name: string) => Promise<void>

/** One call as the mini-program makes it, for the steps that are not what this flow is about. */
async function callAs(stack: Stack, fn: FunctionName, openid: string, data: Record<string, unknown>) {
  const answer = await FUNCTIONS.find((f) => f.name === fn)!.run(data, openid, stack.runtime.deps)
  if (!answer.ok) throw new Error(`${fn}.${String(data.action)}: ${answer.error.code} ${answer.error.message}`)
  return answer.data as Record<string, unknown>
}

/**
 * 公示异议，异议成立: a villager opens the running notice, objects anonymously; the township finds it right and
 * returns the case to the applicant; the villager reads the written reason, and the household is told.
 * Answers the case id, for the tour of the pages it touched.
 */
export async function upheldObjection(stack: Stack, as: Visit, expect: Check, shot: Shot): Promise<string> {
  // The application and the village's approval are the walk's own steps elsewhere; here they only set the stage.
  const submitted = await callAs(stack, 'application', FARMER, {
    action: 'submit',
    houseId: 'house-hh-xicun-001',
    targetGroup: 'poor_registered',
    mode: 'rebuild',
    reason: '砖房墙体大面积开裂，屋顶塌陷一角',
  })
  const caseId = String(submitted._id)
  const meeting = await meetingOf(stack, VILLAGE)
  await callAs(stack, 'review', VILLAGE, {
    action: 'decide',
    caseId,
    decision: 'approve',
    comment: '村民代表会议评议通过',
    meeting,
  })
  const notice = (await col(stack.runtime.store, 'notices').where({ caseId }).limit(1).get())[0]!

  await as(VISITOR, 'objection-visitor', async (page) => {
    await page.goto(`${stack.base}/#${link('notice', { noticeId: notice._id })}`)
    await page.waitForSelector('#notice-left')
    const text = (await page.textContent('body')) ?? ''
    expect(text.includes('王*'), 'the shared notice names the applicant masked')
    expect(!text.includes('王德顺'), 'the shared notice never shows the full name')
    expect(text.includes('还剩'), 'the notice counts down its working days')
    await page.click('#objection-open')
    await page.fill('#objection-reason textarea', '该户在镇上另有一套住房，不是唯一住房')
    await page.click('#objection-who-anonymous')
    await shot(page, 'objection-01-form')
    await page.click('#objection-submit')
    await page.waitForSelector('#objection-done')
    await page.click('#objection-mine')
    await page.waitForSelector('[id^="my-objection-"][id$="-state"]')
    expect(((await page.textContent('body')) ?? '').includes('待处理'), 'my objection waits for the township')
  })
  const held = await col(stack.runtime.store, 'cases').doc(caseId).get()
  expect(held?.openObjections === 1, 'the objection holds the case')

  await as(TOWNSHIP, 'objection-township', async (page) => {
    await page.click('#tile-objections')
    await page.waitForSelector('[id^="objections-item-"]')
    const line = page.locator('[id^="objections-item-"]', { hasText: '王*' }).first()
    expect(((await line.textContent()) ?? '').includes('匿名'), 'the township sees the objection as anonymous')
    await line.click()
    await page.waitForSelector('#objection-verdict-return')
    await page.click('#objection-verdict-return')
    await page.fill('#objection-text textarea', RESOLUTION)
    await shot(page, 'objection-02-resolve')
    await page.click('#objection-resolve')
    await page.waitForSelector('#objection-resolved')
  })
  const returned = await col(stack.runtime.store, 'cases').doc(caseId).get()
  expect(returned?.state === 'returned', `the upheld objection returned the case (state ${returned?.state})`)

  await as(VISITOR, 'objection-visitor-answer', async (page) => {
    await page.goto(`${stack.base}/#${link('myObjections')}`)
    await page.waitForSelector('[id^="my-objection-"][id$="-answer"]')
    const text = (await page.textContent('body')) ?? ''
    expect(text.includes(RESOLUTION), 'the objector reads the township’s written reason')
    expect(text.includes('退回申请人补正'), 'and what happened to the case')
    await shot(page, 'objection-03-objector-answer')
  })
  const told = await col(stack.runtime.store, 'notifications').where({ recipientId: VISITOR }).limit(10).get()
  expect(
    told.some((m) => m.kind === 'objection_resolved'),
    'the resolution is queued for the objector in the outbox',
  )
  // The household lets the returned application go, so the later walks can file for it afresh.
  await callAs(stack, 'application', FARMER, { action: 'withdraw', caseId, reason: '不再申请' })
  return caseId
}

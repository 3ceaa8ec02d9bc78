import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { link } from '@shared/routes'
import { MODE_LABEL } from '@shared/schemas/application'
import { col } from '@shared/usecases/collections'
import type { Stack } from '../harness'

type Check = (ok: boolean, what: string) => void
type Visit = (openid: string, label: string, visit: (page: Page) => Promise<void>) => Promise<void>
type Shot = (page: Page, name: string) => Promise<void>

/** Opens the date wheel of a DatePicker and takes the date it opens on (today, or the earliest it allows). */
async function pickOffered(page: Page, id: string): Promise<void> {
  await page.click(`#${id}`)
  const ok = page.locator('.weui-picker__action:last-child:visible')
  await ok.click()
  await page.waitForFunction((sel) => !document.querySelector(sel)?.textContent?.includes('请选择'), `#${id}`)
}

/** One party opens the agreement from the case (the farmer's case page, an official's review page) and confirms. */
async function confirmAgreement(page: Page, shot: Shot, label: string): Promise<void> {
  await page.locator('#case-agreement:visible').click()
  await page.waitForSelector('#agreement-text')
  await page.click('#agreement-confirm')
  await page.waitForSelector('#agreement-done')
  await shot(page, label)
}

/**
 * After the county approval's publicity: the farmer chooses to repair the house on the plan page, reads the generated
 * tripartite agreement (三方协议) and confirms it on the phone; the village and the township confirm it from their
 * review pages; with the third confirmation the case is signed, and the agreement saves as a real PDF.
 */
export async function planToSignedAgreement(
  stack: Stack,
  caseId: string,
  farmer: string,
  people: { village: string; township: string },
  tools: { as: Visit; shot: Shot; expect: Check },
): Promise<void> {
  const { as, shot, expect } = tools
  await as(farmer, 'farmer-plan', async (page) => {
    await page.goto(`${stack.base}/#${link('case', { caseId })}`)
    await page.locator('#case-plan:visible').click()
    await page.waitForSelector('#plan-mode-repair')
    await page.click('#plan-mode-repair')
    await page.fill('#plan-area input', '60')
    await pickOffered(page, 'plan-startOn')
    await pickOffered(page, 'plan-finishBy')
    await page.click('#plan-payto-household')
    await shot(page, '07a-farmer-plan-form')
    await page.click('#plan-submit')
    await page.waitForSelector('#plan-confirm-text')
    await page.click('#plan-confirm-ok')
    await page.waitForSelector('#plan-done')
    const chosen = await col(stack.runtime.store, 'cases').doc(caseId).get()
    expect(chosen?.state === 'plan_chosen', `the plan is recorded (found ${chosen?.state})`)
    await page.click('#plan-back')
    const text = (await page.locator('#case-agreement:visible').textContent()) ?? ''
    expect(text.includes('确认三方协议'), 'the case page asks the household to read and confirm the agreement')
    await page.locator('#case-agreement:visible').click()
    await page.waitForSelector('#agreement-text')
    const doc = (await page.textContent('#agreement-text')) ?? ''
    for (const part of ['人民政府', '村民委员会', MODE_LABEL.repair, '60平方米'])
      expect(doc.includes(part), `the agreement names ${part}`)
    // The farmer left the amount blank: the plan agrees the profile's standard, never ¥0.
    expect(!doc.includes('¥0.00'), 'the agreement agrees the subsidy the profile sets, not ¥0')
    await shot(page, '07b-farmer-agreement-to-confirm')
    await page.click('#agreement-confirm')
    await page.waitForSelector('#agreement-done')
    await shot(page, '07c-farmer-agreement-confirmed')
  })
  await as(people.village, 'village-agreement', async (page) => {
    await page.goto(`${stack.base}/#${link('review', { caseId })}`)
    await confirmAgreement(page, shot, '07d-village-agreement-confirmed')
  })
  await as(people.township, 'township-agreement', async (page) => {
    await page.goto(`${stack.base}/#${link('review', { caseId })}`)
    await confirmAgreement(page, shot, '07e-township-agreement-signed')
    expect(((await page.textContent('#agreement-done')) ?? '').includes('协议已签订'), 'the third confirmation signs it')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#agreement-pdf')])
    const path = await download.path()
    const bytes = path ? readFileSync(path) : Buffer.alloc(0)
    expect(bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the saved agreement is a PDF')
    expect(bytes.length > 10_000, `the PDF carries the document and its font (${bytes.length} bytes)`)
  })
  const signed = await col(stack.runtime.store, 'cases').doc(caseId).get()
  expect(signed?.state === 'agreement_signed', `the case is signed (found ${signed?.state})`)
  await as(farmer, 'farmer-signed', async (page) => {
    await page.goto(`${stack.base}/#${link('case', { caseId })}`)
    await page.locator('#case-state:visible').waitFor()
    expect(((await page.locator('#case-state:visible').textContent()) ?? '').includes('已签协议'), 'the farmer sees 已签协议')
    const timeline = (await page.locator('#case-timeline:visible').textContent()) ?? ''
    expect(timeline.includes('协议'), 'the timeline shows the agreement')
    await shot(page, '07f-farmer-case-signed')
  })
}

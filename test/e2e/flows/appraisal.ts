import type { Page } from 'playwright-core'
import { nowOf } from '@shared/usecases/clock-view'
import { col } from '@shared/usecases/collections'
import type { Stack } from '../harness'

const FARMER = 'demo-farmer-1'
const HOUSEHOLD_HEAD = '张秋菊'
const HOUSE = 'house-hh-dongcun-001'
const DONGCUN = ['371399', '371399.101', '371399.101.201']
const COUNTY = 'demo-county'
const APPRAISER = 'demo-appraiser'

/** A real photo (1×1 PNG): Taro's H5 photo picker decodes what is chosen before it uploads it. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** A one-page report as the appraisal centre sends it: a real PDF, small. */
const REPORT_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

type Visit = (openid: string, label: string, visit: (page: Page) => Promise<void>) => Promise<void>
type Shot = (page: Page, name: string) => Promise<void>
type Check = (condition: boolean | undefined, what: string) => void
type Helpers = { as: Visit; shot: Shot; expect: Check }
export type FlowStep = { name: string; run: () => Promise<void> }

/** The text of what is on the screen: the H5 router keeps earlier pages in the document, hidden. */
async function visibleText(page: Page, selector: string): Promise<string> {
  return (await page.locator(`${selector}:visible`).first().textContent()) ?? ''
}

/**
 * 房屋鉴定 at the start, as the district scheme orders it (区住建局聘请第三方逐户鉴定, then the applications): the
 * county orders the household's house from 委托鉴定, the appraiser records grade C with the report and site photos.
 * The demo house carries a grade from March; a second appraisal after the flood season is what the product allows
 * (an order is refused only while one is open) and what the seed's own open order does.
 */
export function appraisalSteps(stack: Stack, h: Helpers): FlowStep[] {
  let appraisalId = ''
  return [
    {
      name: 'county orders an appraisal of the house from 委托鉴定 (village picked, household named)',
      run: () =>
        h.as(COUNTY, 'county-order', async (page) => {
          await page.click('#tile-appraisal-order')
          for (const path of DONGCUN) await page.click(`[id="order-village-${path}"]`)
          await page.click('#order-scope-names')
          await page.fill('#order-pasted textarea', HOUSEHOLD_HEAD)
          await page.fill('#order-note textarea', '汛期后复核，请拍清墙体裂缝和屋面')
          await h.shot(page, '00a-county-appraisal-order')
          await page.click('#order-submit')
          await page.waitForSelector('#order-done-text')
          h.expect(
            (await page.textContent('#order-done-text'))?.includes('已委托 1 户'),
            'the county is told 1 house was ordered',
          )
          const open = await col(stack.runtime.store, 'appraisals').where({ houseId: HOUSE, state: 'ordered' }).get()
          h.expect(open.length === 1 && open[0]!.appraiserId === APPRAISER, 'one open order for the house, to the appraiser')
          appraisalId = open[0]!._id
          await h.shot(page, '00b-county-appraisal-ordered')
        }),
    },
    {
      name: 'the appraiser opens the order in 鉴定委托 and records grade C with the report and site photos',
      run: () =>
        h.as(APPRAISER, 'appraiser-record', async (page) => {
          await page.click('#tile-appraisal-inbox')
          await page.click(`#appraisal-item-${appraisalId}`)
          await page.waitForSelector('#record-house')
          await page.click('#record-grade-C')
          const [pdf] = await Promise.all([page.waitForEvent('filechooser'), page.click('#record-report-pdf')])
          await pdf.setFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: REPORT_PDF })
          await page.waitForSelector('#record-report-0')
          const [photo] = await Promise.all([page.waitForEvent('filechooser'), page.click('#record-photo-add')])
          await photo.setFiles({ name: 'wall.png', mimeType: 'image/png', buffer: PHOTO })
          await page.waitForSelector('#record-place-0')
          await page.fill('#record-place-0 input', '东山墙')
          await page.fill('#record-note textarea', '东山墙竖向裂缝，屋面檩条局部糟朽，局部危险，建议加固')
          await h.shot(page, '00c-appraiser-record-form')
          await page.click('#record-submit')
          await page.waitForSelector('#record-done-text')
          h.expect((await page.textContent('#record-done-text'))?.includes('C级'), 'the appraiser is told grade C was recorded')
          const house = await col(stack.runtime.store, 'houses').doc(HOUSE).get()
          const last = house?.grades.at(-1)
          h.expect(
            last?.grade === 'C' && last.appraisalId === appraisalId && last.reportFileId != null,
            'the house record takes grade C with its report',
          )
          h.expect(house?.openAppraisalId === null, 'the order is closed on the house')
          await h.shot(page, '00d-appraiser-recorded')
        }),
    },
  ]
}

/** After the application: the farmer's case shows the grade the appraiser recorded, with its day. */
export function farmerSeesGrade(stack: Stack, h: Helpers, caseId: () => string): FlowStep {
  return {
    name: "the farmer's case shows the grade the appraiser recorded",
    run: () =>
      h.as(FARMER, 'farmer-grade', async (page) => {
        await page.click('#tile-cases')
        await page.click(`#cases-item-${caseId()}`)
        await page.locator('#case-grade:visible').waitFor()
        const { today } = nowOf(stack.runtime.deps)
        const [y, m, d] = today.split('-').map(Number)
        const grade = await visibleText(page, '#case-grade')
        h.expect(grade.includes('C级') && grade.includes(`${y}年${m}月${d}日`), `the case shows C, appraised today (${grade})`)
        const c = await col(stack.runtime.store, 'cases').doc(caseId()).get()
        h.expect(c?.appraisedGrade === 'C', 'the case carries the appraised grade')
        await h.shot(page, '02b-farmer-case-graded')
      }),
  }
}

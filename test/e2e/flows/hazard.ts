import type { Page } from 'playwright-core'
import { col } from '@shared/usecases/collections'
import { ledgerEntryId } from '@shared/usecases/ledger/open-entry'
import type { Stack } from '../harness'

const VISITOR = 'demo-visitor'
const VILLAGE_OFFICIAL = 'demo-village-dongcun'
const DONGCUN = ['371399', '371399.101', '371399.101.201']
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
)

type Helpers = {
  /** Signed in as `openid` on a page of its own, closed afterwards; screenshots and a failure shot by `label`. */
  as(openid: string, label: string, visit: (page: Page) => Promise<void>): Promise<void>
  shot(page: Page, name: string): Promise<void>
  expect(condition: boolean | undefined, what: string): void
}

/**
 * A villager with no record reports a danger anonymously (photo from the album, village from the tree); the
 * village official finds it in the hazard inbox, verifies it and puts it on the ledger; the villager sees the
 * status under 我的反映, and nothing on the way shows the official who reported.
 */
export async function anonymousReportToLedger(stack: Stack, h: Helpers): Promise<void> {
  let reportNo = ''
  await h.as(VISITOR, 'hazard-report', async (page) => {
    await page.click('#tile-hazard-report')
    await page.click('#hazard-category-cracks')
    await page.fill('#hazard-description textarea', '村东头老宅后墙裂开一道大缝，下雨往里渗水')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#hazard-photo-add')])
    await chooser.setFiles({ name: 'wall.png', mimeType: 'image/png', buffer: PNG })
    await page.waitForSelector('#hazard-photo-0')
    for (const path of DONGCUN) await page.click(`[id="hazard-place-${path}"]`)
    await page.waitForSelector('#hazard-village')
    await h.shot(page, '20-hazard-report-form')
    await page.click('#hazard-submit')
    await page.waitForSelector('#hazard-done')
    reportNo = /编号\s*(\S+?)）/.exec((await page.textContent('#hazard-done')) ?? '')?.[1] ?? ''
    h.expect(reportNo.startsWith('YH'), 'the report got its number')
    await page.click('#hazard-done-mine')
    await page.locator('[id^="my-hazard-"]', { hasText: reportNo }).first().waitFor()
  })

  const stored = await col(stack.runtime.store, 'hazard_reports').where({ reportNo }).limit(1).get()
  const report = stored[0]
  h.expect(report?.anonymous === true && report.reporterName === null, 'the report is stored without a name')

  await h.as(VILLAGE_OFFICIAL, 'hazard-verify', async (page) => {
    await page.click('#tile-hazard-inbox')
    await page.click(`#hazard-inbox-${report!._id}`)
    await page.waitForSelector('#hazard-detail')
    h.expect((await page.textContent('#hazard-detail'))?.includes('匿名'), 'the official sees an anonymous reporter')
    await page.fill('#hazard-reason textarea', '已上门查看，后墙确有贯通裂缝')
    await page.click('#hazard-move-verifying')
    await page.click('#hazard-update')
    await page.locator('#hazard-detail', { hasText: '核实中' }).waitFor()
    await page.fill('#hazard-reason textarea', '核实属实，列入台账限期整改')
    await page.click('#hazard-move-in_ledger')
    await page.click('#hazard-update')
    await page.locator('#hazard-detail', { hasText: '已列入台账整改' }).waitFor()
    await h.shot(page, '21-hazard-in-ledger')
  })
  const entry = await col(stack.runtime.store, 'ledger_entries')
    .doc(ledgerEntryId({ kind: 'hazard_report', id: report!._id }))
    .get()
  h.expect(entry?.ownerId === VILLAGE_OFFICIAL && entry.state === 'open', 'the ledger entry is open, owned by the official')

  await h.as(VISITOR, 'hazard-mine', async (page) => {
    await page.click('#tile-my-hazards')
    const card = page.locator(`#my-hazard-${report!._id}`)
    await card.waitFor()
    h.expect((await card.textContent())?.includes('已列入台账整改'), 'the villager sees the report on the ledger')
    await h.shot(page, '22-hazard-mine')
  })
}

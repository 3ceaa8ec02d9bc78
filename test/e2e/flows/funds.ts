import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { parseCsv } from '@shared/domain/csv'
import { link } from '@shared/routes'
import { col } from '@shared/usecases/collections'
import type { Stack } from '../harness'

type Check = (ok: boolean, what: string) => void
type Visit = (openid: string, label: string, visit: (page: Page) => Promise<void>) => Promise<void>
type Shot = (page: Page, name: string) => Promise<void>
type Tools = {
  as: Visit
  shot: Shot
  expect: Check
  loseFirstReply: (page: Page, fn: string, action: string) => Promise<() => boolean>
}

/** The bank's result for every line of an exported CSV: each one paid, with the bank's serial number. */
function bankResultFor(exportedCsv: string): string {
  const rows = parseCsv(exportedCsv.replace(/^\uFEFF/, '')).slice(1)
  const lines = rows.map((r, i) => `${r.cells[1]},成功,,YH2026${String(i + 1).padStart(6, '0')}`)
  return `\uFEFF客户流水号,处理结果,失败原因,银行流水号\r\n${lines.join('\r\n')}\r\n`
}

/**
 * After the agreement is signed: the township records the start of works (施工进度) and finance sends the township the
 * start-up money (资金下达); the start payment falls due.
 */
export async function startWorksAndAllocate(
  stack: Stack,
  caseId: string,
  people: { township: string; finance: string },
  tools: Omit<Tools, 'loseFirstReply'>,
): Promise<void> {
  const { as, shot, expect } = tools
  await as(people.township, 'township-works-start', async (page) => {
    await page.click('#tile-works')
    await page.click(`#works-item-${caseId}`)
    await page.locator('#works-start:visible').click()
    await page.click('#works-confirm-ok')
    await page.waitForSelector('#works-done')
    await shot(page, '08a-township-works-started')
    const c = await col(stack.runtime.store, 'cases').doc(caseId).get()
    expect(
      c?.state === 'under_construction' && c.fundsWaiting === 'start',
      `works started, start-up money awaited (found ${c?.state})`,
    )
  })

  await as(people.finance, 'finance-allocate', async (page) => {
    await page.click('#tile-funds')
    await page.click(`#funds-pick-${caseId}`)
    await shot(page, '08b-finance-allocate')
    await page.click('#funds-allocate-go')
    await page.waitForSelector(`#funds-allocated-${caseId}`)
    const due = await col(stack.runtime.store, 'disbursements').where({ caseId, status: 'due' }).count()
    expect(due === 1, `the start payment fell due with the money (found ${due})`)
  })
}

/**
 * The due payment to the one-card account: finance builds a bank batch, a second finance officer approves it (the
 * maker only sees that someone else must), the maker exports the bank file and imports the bank's result — its first
 * answer lost on the way back, so the page retries — and the household is paid once and told once. Answers the
 * amount paid, in fen.
 */
export async function batchToMoney(
  stack: Stack,
  caseId: string,
  people: { finance: string; checker: string },
  tools: Tools,
): Promise<number> {
  const { as, shot, expect, loseFirstReply } = tools
  let batchId = ''
  await as(people.finance, 'finance-batch', async (page) => {
    await page.click('#tile-funds')
    await page.click('#funds-section-due')
    await page.waitForSelector('#funds-build-preview')
    await shot(page, '08c-finance-due')
    await page.click('#funds-build-go')
    await page.waitForSelector('#batch-status')
    batchId = new URL(page.url().replace('#', '')).searchParams.get('batchId') ?? ''
    expect(batchId !== '', 'the new batch opens on its own page')
    expect((await page.locator('#batch-approve').count()) === 0, 'the maker of the batch gets no approve button')
    expect(
      ((await page.textContent('body')) ?? '').includes('须由另一名财政人员审核'),
      'the maker is told another officer approves',
    )
    await shot(page, '08d-finance-batch-built')
  })

  await as(people.checker, 'finance-approve', async (page) => {
    await page.goto(`${stack.base}/#${link('batch', { batchId })}`)
    await page.click('#batch-approve')
    await page.click('#batch-approve-confirm-ok')
    await page.waitForFunction(() => document.querySelector('#batch-status')?.textContent?.includes('已审核'))
    await shot(page, '08e-finance-approved')
  })

  await as(people.finance, 'finance-bank-file', async (page) => {
    await page.goto(`${stack.base}/#${link('batch', { batchId })}`)
    await page.waitForSelector('#batch-export-csv')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#batch-export-csv')])
    const exported = readFileSync((await download.path())!, 'utf8')
    expect(exported.includes('6217'), 'the bank file carries the full account number')
    const lost = await loseFirstReply(page, 'funds', 'bankImport')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#batch-import')])
    await chooser.setFiles({ name: 'result.csv', mimeType: 'text/csv', buffer: Buffer.from(bankResultFor(exported), 'utf8') })
    await page.waitForSelector('#batch-imported-paid')
    expect(lost(), 'the first reply to the bank import was lost on the way back')
    expect(!((await page.textContent('body')) ?? '').includes('6217000'), 'the batch page shows account numbers masked')
    await shot(page, '08f-finance-imported')
  })

  const paid = await col(stack.runtime.store, 'payments').where({ caseId }).get()
  expect(paid.length === 1, `exactly one payment after the lost reply (found ${paid.length})`)
  const told = await col(stack.runtime.store, 'notifications').where({ kind: 'funds_arrived' }).get()
  expect(told.filter((m) => m.fields.caseNo === paid[0]?.caseNo).length >= 1, 'the household is told of the payment')
  return paid[0]?.amountFen ?? 0
}

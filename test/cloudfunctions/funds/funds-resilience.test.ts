import type { DocumentStore } from '@shared/ports/document-store'
import type { Application } from '@shared/schemas/application'
import { col, withoutId } from '@shared/usecases/collections'
import { dispatchOutbox } from '@shared/usecases/dispatch-outbox'
import { aCase } from '../../factories/case.factory'
import { aLine } from '../../factories/funds.factory'
import { aHousehold } from '../../factories/household.factory'
import { USERS } from '../../factories/world.factory'
import { caller, dataOf, withWorld } from '../call'
import { FINANCE2, b64, bankResultCsv, csvOf } from './fixtures'

/** A store that dies (as kill -9 would, mid-call) on its n-th transaction, before that transaction commits. */
function dyingOn(store: DocumentStore, n: number): DocumentStore {
  let count = 0
  return {
    collection: (name) => store.collection(name),
    runTransaction(fn) {
      count++
      if (count === n) return Promise.reject(new Error('process killed'))
      return store.runTransaction(fn)
    },
  }
}

describe('funds under retries, crashes and two builders at once', () => {
  const t = withWorld('2026-11-23')
  let c: Application
  beforeEach(async () => {
    c = aCase('under_construction', { mode: 'repair', gradeAtApplication: 'C' })
    await col(t.world.store, 'cases').doc(c._id).set(withoutId(c))
    await col(t.world.store, 'users').doc(FINANCE2._id).set(withoutId(FINANCE2))
  })
  const funds = (who: string, data: Record<string, unknown>) => t.call('funds', who, data)
  const putLines = async (n: number) => {
    for (let i = 1; i <= n; i++) {
      const line = aLine(c, i)
      await col(t.world.store, 'disbursements').doc(line._id).set(withoutId(line))
    }
  }
  const build = (key: string, who: string = USERS.finance._id) =>
    funds(who, { action: 'batchCreate', township: null, stage: null, dueBy: '2026-11-23', key })
  const exported = async (key: string) => {
    const batch = dataOf(await build(key))
    dataOf(await funds(FINANCE2._id, { action: 'batchApprove', batchId: batch._id }))
    const file = dataOf(await funds(USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'csv' }))
    const result = b64(bankResultCsv(csvOf(file.base64).map((r) => ({ id: r[1]!, ok: true, reason: '' }))))
    return { batch, result }
  }
  const told = () => col(t.world.store, 'notifications').where({ kind: 'funds_arrived' }).limit(1000).count()
  const paidFen = async () => (await col(t.world.store, 'cases').doc(c._id).get())!.paidFen

  it('the same build, approval and bank result sent 100 times pay each payment once and tell once', async () => {
    await putLines(3)
    const { batch, result } = await exported('retry-key-1')
    for (let i = 0; i < 100; i++) {
      expect(dataOf(await build('retry-key-1'))._id).toBe(batch._id)
      const out = dataOf(
        await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64: result }),
      )
      expect(out.paid + out.already).toBe(3)
    }
    expect(await paidFen()).toBe(300)
    expect(await told()).toBe(3)
    expect(await col(t.world.store, 'payments').where({ caseId: c._id }).count()).toBe(3)
  })

  it('a crash between the bank import and the messages leaves each payment untouched or paid-and-told; after restart one message each', async () => {
    await putLines(450)
    const { batch, result } = await exported('crash-key-1')
    // The import's transactions: 200 lines each; the process dies in the second, after the first committed.
    const dying = caller({ ...t.world, deps: { ...t.world.deps, store: dyingOn(t.world.deps.store, 3) } })
    const crashed = await dying('funds', USERS.finance._id, {
      action: 'bankImport',
      batchId: batch._id,
      fileName: 'r.csv',
      base64: result,
    })
    expect(crashed.ok).toBe(false)
    const paidBefore = await paidFen()
    expect(paidBefore % 100).toBe(0)
    expect(await told()).toBe(paidBefore / 100)

    const resumed = dataOf(
      await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64: result }),
    )
    expect(resumed.paid + resumed.already).toBe(450)
    expect(resumed.already).toBe(paidBefore / 100)
    expect(await paidFen()).toBe(45_000)
    expect(await told()).toBe(450)

    const sent: string[] = []
    const sender = { send: async (m: { _id: string }) => void sent.push(m._id) }
    for (let pass = 0; pass < 20; pass++) await dispatchOutbox(t.world.deps, sender, 50)
    expect(sent).toHaveLength(450)
    expect(new Set(sent).size).toBe(450)
  })

  it('a build that died half-way resumes with its key and takes the rest', async () => {
    await putLines(450)
    const dying = caller({ ...t.world, deps: { ...t.world.deps, store: dyingOn(t.world.deps.store, 3) } })
    expect(
      (
        await dying('funds', USERS.finance._id, {
          action: 'batchCreate',
          township: null,
          stage: null,
          dueBy: '2026-11-23',
          key: 'resume-key',
        })
      ).ok,
    ).toBe(false)
    const batch = dataOf(await build('resume-key'))
    expect(batch).toMatchObject({ status: 'built', lineCount: 450, totalFen: 45_000 })
  })

  it('two finance officers building at once never take the same payment', async () => {
    await putLines(700)
    const [a, b] = await Promise.all([build('builder-a-1'), build('builder-b-1', FINANCE2._id)])
    const batches = [a, b].filter((r) => r.ok).map((r) => dataOf(r))
    const lines = await col(t.world.store, 'disbursements').where({ caseId: c._id }).limit(1000).get()
    expect(lines.every((l) => l.status === 'in_batch')).toBe(true)
    expect(batches.reduce((s, x) => s + x.lineCount, 0)).toBe(700)
    for (const x of batches) expect(lines.filter((l) => l.batchId === x._id)).toHaveLength(x.lineCount)
  })

  it('a payment whose household has no account waits, counted as left out, and goes in the first batch after one is recorded', async () => {
    const { _id: hhId, ...bare } = aHousehold({ _id: 'hh-bare', regionPath: c.regionPath, account: undefined })
    await col(t.world.store, 'households').doc(hhId).set(bare)
    const other = aCase('under_construction', { _id: 'case-bare', householdId: hhId, mode: 'repair', gradeAtApplication: 'C' })
    await col(t.world.store, 'cases').doc(other._id).set(withoutId(other))
    const waiting = aLine(other, 1)
    await col(t.world.store, 'disbursements').doc(waiting._id).set(withoutId(waiting))
    const refused = await build('bare-key-0')
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('未登记账户') })
    expect(await col(t.world.store, 'batches').count()).toBe(0)
    await putLines(1)
    const first = dataOf(await build('bare-key-1'))
    expect(first).toMatchObject({ lineCount: 1, skippedCount: 1 })
    expect(await col(t.world.store, 'disbursements').doc(waiting._id).get()).toMatchObject({ status: 'due', payee: null })
    await col(t.world.store, 'households')
      .doc(hhId)
      .update({ account: { bank: '邮储银行', accountNo: '6221880000003333', holder: '李四' } })
    const second = dataOf(await build('bare-key-2'))
    expect(second).toMatchObject({ lineCount: 1, skippedCount: 0 })
    expect(await col(t.world.store, 'disbursements').doc(waiting._id).get()).toMatchObject({
      status: 'in_batch',
      batchId: second._id,
      payee: { type: 'household', accountNo: '6221880000003333', accountMasked: '**** 3333' },
    })
  })

  it('a line with the bank keeps the account it was approved with; returned as failed, it waits for the account on record', async () => {
    await putLines(1)
    const { batch } = await exported('kept-account')
    const [line] = await col(t.world.store, 'disbursements').where({ batchId: batch._id }).limit(5).get()
    const approvedWith = line!.payee!.accountNo
    await col(t.world.store, 'households')
      .doc(c.householdId)
      .update({ account: { bank: '邮储银行', accountNo: '6221880000004444', holder: '张三' } })
    const again = dataOf(await funds(USERS.finance._id, { action: 'batchExport', batchId: batch._id, format: 'csv' }))
    expect(csvOf(again.base64)[0]![3]).toBe(approvedWith)
    const failed = b64(bankResultCsv([{ id: line!._id, ok: false, reason: '账户已销户' }]))
    dataOf(await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64: failed }))
    expect(await col(t.world.store, 'disbursements').doc(line!._id).get()).toMatchObject({
      status: 'failed',
      tries: 1,
      failReason: '账户已销户',
      payee: { accountNo: '6221880000004444' },
    })
  })

  it('a line the bank file names as both paid and failed is left with the bank for finance to check', async () => {
    await putLines(2)
    const { batch } = await exported('two-answers')
    const [one, two] = await col(t.world.store, 'disbursements')
      .where({ batchId: batch._id })
      .orderBy('seq', 'asc')
      .limit(5)
      .get()
    const file = b64(
      bankResultCsv([
        { id: one!._id, ok: false, reason: '户名不符' },
        { id: one!._id, ok: true, reason: '' },
        { id: two!._id, ok: true, reason: '' },
      ]),
    )
    const out = dataOf(
      await funds(USERS.finance._id, { action: 'bankImport', batchId: batch._id, fileName: 'r.csv', base64: file }),
    )
    expect(out).toMatchObject({ paid: 1, failed: 0 })
    expect(out.problems.map((p: { message: string }) => p.message)).toEqual([
      `客户流水号${one!._id}在回单中出现多次且结果不一致，未处理，请与银行核对`,
    ])
    expect(await col(t.world.store, 'disbursements').doc(one!._id).get()).toMatchObject({ status: 'in_batch', tries: 0 })
    expect(await told()).toBe(1)
  })

  it('the officer who built a batch cannot approve it, however asked', async () => {
    await putLines(1)
    const batch = dataOf(await build('maker-key-1'))
    for (let i = 0; i < 3; i++) {
      const r = await funds(USERS.finance._id, { action: 'batchApprove', batchId: batch._id })
      expect(r.ok ? 'ok' : r.error.code).toBe('SECOND_OFFICIAL_REQUIRED')
    }
    expect((await funds(USERS.county._id, { action: 'batchApprove', batchId: batch._id })).ok).toBe(false)
    expect(dataOf(await funds(FINANCE2._id, { action: 'batchApprove', batchId: batch._id })).approverId).toBe(FINANCE2._id)
  })
})

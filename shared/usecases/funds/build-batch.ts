import { createHash } from 'node:crypto'
import { DomainError } from '../../domain/errors'
import { LINES_PER_TX, MAX_BATCH_LINES, batchNo } from '../../domain/funds/batch'
import { maskAccount } from '../../domain/masking'
import { cmp, MAX_READ, type Where } from '../../ports/document-store'
import type { Batch, BatchFilter, Disbursement, Payee } from '../../schemas/funds'
import type { Application } from '../../schemas/application'
import type { Household } from '../../schemas/household'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { seqOf } from '../paging'

/** Only finance of a county builds batches; a batch never spans counties. */
export const countyOfCaller = (caller: Registered) => caller.user.regionPath.slice(0, 6)

const batchIdOf = (county: string, key: string) =>
  `bt_${createHash('sha256').update(`${county}\n${key}`).digest('base64url').slice(0, 20)}`

const sameFilter = (a: BatchFilter, b: BatchFilter) => a.township === b.township && a.stage === b.stage && a.dueBy === b.dueBy

type Owners = { households: Map<string, Household>; cases: Map<string, Application> }

const payee = (type: Payee['type'], name: string, bank: string, accountNo: string): Payee => ({
  type,
  name,
  bank,
  accountNo,
  accountMasked: maskAccount(accountNo),
})

/** The account a line pays into, or null while the payee has none on record (the line then stays due). */
function payeeOf(line: Disbursement, owners: Owners): Payee | null {
  if (line.payTo === 'household') {
    const a = owners.households.get(line.householdId)?.account
    return a ? payee('household', a.holder, a.bank, a.accountNo) : null
  }
  const c = owners.cases.get(line.caseId)
  if (line.payTo === 'builder') {
    const b = c?.builderPayee
    return b ? payee('builder', b.name, b.bank, b.accountNo) : null
  }
  const r = c?.rental
  return r ? payee('landlord', r.landlordName, r.bank, r.accountNo) : null
}

/**
 * Builds a batch of the due and failed payments that match the filter. The batch is created first (its id comes
 * from the caller's key), then lines are moved into it a few hundred per transaction, each re-read in that
 * transaction and taken only if it is still free: two builders never share a payment, and a build that stopped
 * (a crash, a timeout) resumes with the same key where it was.
 */
export async function buildBatch(deps: Deps, caller: Registered, input: BatchFilter & { key: string }): Promise<Batch> {
  const county = countyOfCaller(caller)
  if (input.township) requireWithin(caller, input.township)
  const filter: BatchFilter = { township: input.township, stage: input.stage, dueBy: input.dueBy }
  const id = batchIdOf(county, input.key)
  const { at, today } = nowOf(deps)
  if (input.dueBy > today) throw new DomainError('bad_input', `到期日不能晚于今天（${today}）`, { field: 'dueBy' })

  const where: Where = {
    ...(filter.township ? { 'region.township': filter.township } : { 'region.county': county }),
    status: cmp.in(['due', 'failed']),
    dueOn: cmp.lte(filter.dueBy),
    ...(filter.stage ? { stage: filter.stage } : {}),
  }
  // A refusal changes nothing: with nothing to pay the batch is never created (a build that stopped is resumed).
  if (!(await col(deps.store, 'batches').doc(id).get())) await requireSomethingToPay(deps, where)

  let batch = await deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'batches').doc(id)
    const existing = await ref.get()
    if (existing) {
      if (!sameFilter(existing.filter, filter)) throw new DomainError('bad_input', '该请求编号已用于另一个批次，请刷新后重试')
      return existing
    }
    const created: Batch = {
      _id: id,
      batchNo: batchNo(county, today, id),
      county,
      filter,
      status: 'building',
      lineCount: 0,
      totalFen: 0,
      makerId: caller.user._id,
      makerName: caller.user.name,
      approverId: null,
      approverName: null,
      approvedAt: null,
      exportedAt: null,
      paidCount: 0,
      paidFen: 0,
      failedCount: 0,
      failedFen: 0,
      skippedCount: 0,
      createdAt: at,
      updatedAt: at,
      seq: seqOf(at, id),
    }
    await ref.set(withoutId(created))
    return created
  })
  if (batch.status !== 'building') return batch
  if (batch.makerId !== caller.user._id) throw new DomainError('forbidden', '这个批次由另一名财政人员生成中')

  let cursor = ''
  let skipped = 0
  for (;;) {
    const candidates = await col(deps.store, 'disbursements')
      .where(cursor ? { ...where, seq: cmp.gt(cursor) } : where)
      .orderBy('seq', 'asc')
      .limit(MAX_READ)
      .get()
    if (candidates.length === 0) break
    cursor = candidates[candidates.length - 1]!.seq
    for (let i = 0; i < candidates.length; i += LINES_PER_TX) {
      const chunk = candidates.slice(i, i + LINES_PER_TX)
      const owners = await ownersOf(deps, chunk)
      const take = chunk.flatMap((line) => {
        const to = payeeOf(line, owners)
        if (!to) skipped++
        return to ? [{ line, payee: to }] : []
      })
      batch = await moveIntoBatch(deps, batch._id, take, at)
    }
    if (batch.lineCount >= MAX_BATCH_LINES) break
  }
  return finishBuild(deps, batch._id, skipped, at)
}

async function requireSomethingToPay(deps: Deps, where: Where): Promise<void> {
  let cursor = ''
  let skipped = 0
  for (;;) {
    const page = await col(deps.store, 'disbursements')
      .where(cursor ? { ...where, seq: cmp.gt(cursor) } : where)
      .orderBy('seq', 'asc')
      .limit(MAX_READ)
      .get()
    const owners = await ownersOf(deps, page)
    if (page.some((line) => payeeOf(line, owners))) return
    skipped += page.length
    if (page.length < MAX_READ) throw nothingToPay(skipped)
    cursor = page[page.length - 1]!.seq
  }
}

const nothingToPay = (skipped: number) =>
  new DomainError(
    'bad_input',
    skipped
      ? `有${skipped}笔待支付款项的收款人（农户、施工单位或出租方）未登记账户，没有可生成批次的款项`
      : '没有符合条件的待支付款项',
  )

/** The households of the lines, and the cases of lines paid to a builder or landlord (whose accounts the case holds). */
async function ownersOf(deps: Deps, lines: readonly Disbursement[]): Promise<Owners> {
  const householdIds = [...new Set(lines.filter((l) => l.payTo === 'household').map((l) => l.householdId))]
  const caseIds = [...new Set(lines.filter((l) => l.payTo !== 'household').map((l) => l.caseId))]
  const [households, cases] = await Promise.all([
    householdIds.length
      ? col(deps.store, 'households')
          .where({ _id: cmp.in(householdIds) })
          .limit(MAX_READ)
          .get()
      : [],
    caseIds.length
      ? col(deps.store, 'cases')
          .where({ _id: cmp.in(caseIds) })
          .limit(MAX_READ)
          .get()
      : [],
  ])
  return { households: new Map(households.map((h) => [h._id, h])), cases: new Map(cases.map((c) => [c._id, c])) }
}

async function moveIntoBatch(
  deps: Deps,
  batchId: string,
  take: ReadonlyArray<{ line: Disbursement; payee: Payee }>,
  at: string,
): Promise<Batch> {
  return deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'batches').doc(batchId)
    const batch = await ref.get()
    if (batch?.status !== 'building') throw new DomainError('invalid_transition', '批次已不在生成中')
    let count = 0
    let total = 0
    for (const { line, payee } of take) {
      if (batch.lineCount + count >= MAX_BATCH_LINES) break
      const lineRef = txCol(tx, 'disbursements').doc(line._id)
      const fresh = await lineRef.get()
      // Taken by another builder, paid or cancelled since the query: not ours.
      if (!fresh || (fresh.status !== 'due' && fresh.status !== 'failed')) continue
      await lineRef.update({ status: 'in_batch', batchId, payee, tries: fresh.tries + 1, updatedAt: at })
      count++
      total += fresh.amountFen
    }
    const after = { ...batch, lineCount: batch.lineCount + count, totalFen: batch.totalFen + total, updatedAt: at }
    await ref.update({ lineCount: after.lineCount, totalFen: after.totalFen, updatedAt: at })
    return after
  })
}

async function finishBuild(deps: Deps, batchId: string, skipped: number, at: string): Promise<Batch> {
  const done = await deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'batches').doc(batchId)
    const batch = await ref.get()
    if (!batch) throw new DomainError('not_found')
    if (batch.status !== 'building') return batch
    // An empty batch is not kept: the same key may build again once payments fall due.
    if (batch.lineCount === 0) {
      await ref.remove()
      return null
    }
    const built: Batch = { ...batch, status: 'built', skippedCount: skipped, updatedAt: at }
    await ref.set(withoutId(built))
    return built
  })
  if (done) return done
  throw nothingToPay(skipped)
}

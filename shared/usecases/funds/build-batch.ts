import { createHash } from 'node:crypto'
import { DomainError } from '../../domain/errors'
import { LINES_PER_TX, MAX_BATCH_LINES, batchNo } from '../../domain/funds/batch'
import { payeeOf } from '../../domain/funds/payee'
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

const ownerPayee = (line: Disbursement, owners: Owners): Payee | null =>
  payeeOf(line.payTo, owners.households.get(line.householdId), owners.cases.get(line.caseId))

/**
 * Builds a batch of the due and failed payments that match the filter and have a payee on record. The batch is
 * created first (its id comes from the caller's key); then one conditional update moves every matching line that is
 * still free into it — each line tested and written atomically on its own, so two builders never share a payment,
 * and a build that stopped (a crash, a timeout) resumes with the same key where it was. On CloudBase that is a few
 * requests for any number of lines, not a few per line.
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
  const existing = await col(deps.store, 'batches').doc(id).get()
  if (existing && !sameFilter(existing.filter, filter)) throw keyInUse()
  if (existing && existing.status !== 'building') return existing
  if (existing && existing.makerId !== caller.user._id) throw builtByAnother()
  // A refusal changes nothing: with nothing to pay the batch is never created (a build that stopped is resumed).
  if (!existing) await requireSomethingToPay(deps, where)
  await fillRecordedPayees(deps, where, at)

  const batch = await deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'batches').doc(id)
    const found = await ref.get()
    if (found) {
      if (!sameFilter(found.filter, filter)) throw keyInUse()
      return found
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
  if (batch.makerId !== caller.user._id) throw builtByAnother()
  await takeLines(deps, batch._id, where, at)
  return finishBuild(deps, batch._id, where, at)
}

const builtByAnother = () => new DomainError('forbidden', '这个批次由另一名财政人员生成中')

const keyInUse = () => new DomainError('bad_input', '该请求编号已用于另一个批次，请刷新后重试')

const lines = (deps: Deps) => col(deps.store, 'disbursements')
const ready = (where: Where): Where => ({ ...where, payee: cmp.neq(null) })

/** Moves the free matching lines into the batch, no more than it has room for (the earliest due first). */
async function takeLines(deps: Deps, batchId: string, where: Where, at: string): Promise<void> {
  const room = MAX_BATCH_LINES - (await lines(deps).where({ batchId }).count())
  if (room <= 0) return
  let take = ready(where)
  if ((await lines(deps).where(take).count()) > room) {
    const [edge] = await lines(deps)
      .where(take)
      .orderBy('seq', 'asc')
      .skip(room - 1)
      .limit(1)
      .get()
    if (edge) take = { ...take, seq: cmp.lte(edge.seq) }
  }
  await lines(deps).updateWhere(take, { status: 'in_batch', batchId, updatedAt: at })
}

/**
 * Lines that fell due before their payee's account was on record get it now, a few hundred per transaction, each
 * re-read and given the account only while it still waits without one.
 */
async function fillRecordedPayees(deps: Deps, where: Where, at: string): Promise<void> {
  let cursor = ''
  for (;;) {
    const page = await lines(deps)
      .where(cursor ? { ...where, payee: null, seq: cmp.gt(cursor) } : { ...where, payee: null })
      .orderBy('seq', 'asc')
      .limit(MAX_READ)
      .get()
    const owners = await ownersOf(deps, page)
    const found = page.flatMap((line) => {
      const payee = ownerPayee(line, owners)
      return payee ? [{ line, payee }] : []
    })
    for (let i = 0; i < found.length; i += LINES_PER_TX) {
      await deps.store.runTransaction(async (tx) => {
        for (const { line, payee } of found.slice(i, i + LINES_PER_TX)) {
          const ref = txCol(tx, 'disbursements').doc(line._id)
          const fresh = await ref.get()
          if (!fresh || fresh.payee || (fresh.status !== 'due' && fresh.status !== 'failed')) continue
          await ref.update({ payee, updatedAt: at })
        }
      })
    }
    if (page.length < MAX_READ) return
    cursor = page[page.length - 1]!.seq
  }
}

/** Something is payable when a matching line has a payee, or its payee's account has been recorded since it fell due. */
async function requireSomethingToPay(deps: Deps, where: Where): Promise<void> {
  if ((await lines(deps).where(ready(where)).count()) > 0) return
  let cursor = ''
  for (;;) {
    const page = await lines(deps)
      .where(cursor ? { ...where, payee: null, seq: cmp.gt(cursor) } : { ...where, payee: null })
      .orderBy('seq', 'asc')
      .limit(MAX_READ)
      .get()
    const owners = await ownersOf(deps, page)
    if (page.some((line) => ownerPayee(line, owners))) return
    if (page.length < MAX_READ) break
    cursor = page[page.length - 1]!.seq
  }
  throw nothingToPay(
    await lines(deps)
      .where({ ...where, payee: null })
      .count(),
  )
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

async function finishBuild(deps: Deps, batchId: string, where: Where, at: string): Promise<Batch> {
  const [lineCount, totalFen, skipped] = await Promise.all([
    lines(deps).where({ batchId }).count(),
    lines(deps).where({ batchId }).sum('amountFen'),
    lines(deps)
      .where({ ...where, payee: null })
      .count(),
  ])
  const done = await deps.store.runTransaction(async (tx) => {
    const ref = txCol(tx, 'batches').doc(batchId)
    const batch = await ref.get()
    if (!batch) throw new DomainError('not_found')
    if (batch.status !== 'building') return batch
    // An empty batch is not kept: the same key may build again once payments fall due.
    if (lineCount === 0) {
      await ref.remove()
      return null
    }
    const built: Batch = { ...batch, status: 'built', lineCount, totalFen, skippedCount: skipped, updatedAt: at }
    await ref.set(withoutId(built))
    return built
  })
  if (done) return done
  throw nothingToPay(skipped)
}

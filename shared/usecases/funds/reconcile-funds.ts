import type { FundsRow } from '../../api/funds.api'
import { addPositions, differencesOf, EMPTY_POSITION, type Position, positionOf } from '../../domain/funds/reconcile'
import { PAYABLE_STATES } from '../../domain/workflow/states'
import { cmp, type Doc, MAX_READ, type Query, type Where } from '../../ports/document-store'
import type { Application } from '../../schemas/application'
import type { Allocation, Disbursement } from '../../schemas/funds'
import type { FundingSource, Payment } from '../../schemas/payment'
import { requireWithin } from '../authorize'
import { col } from '../collections'
import type { Deps, Registered } from '../deps'
import { regionName } from '../load'

/** Every record matching `where`, a thousand per read, in `seq` order. */
async function readAll<T extends Doc & { seq: string }>(query: Query<T>, where: Where): Promise<T[]> {
  const out: T[] = []
  let cursor = ''
  for (;;) {
    const page = await query
      .where(cursor ? { ...where, seq: cmp.gt(cursor) } : where)
      .orderBy('seq', 'asc')
      .limit(MAX_READ)
      .get()
    out.push(...page)
    if (page.length < MAX_READ) return out
    cursor = page[page.length - 1]!.seq
  }
}

const groupBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}

/** Cases that owe or hold money: approved and not closed, plus archived ones (their money stays on the books). */
const MONEY_STATES = [...PAYABLE_STATES, 'archived'] as const

/**
 * The county's money, rebuilt from the records themselves (allocations, payment lines, receipts) and set against
 * the counters each case keeps: per township and funding source, and for the county; every household where they
 * disagree, or where more went out than came in, or a recovery is open, is listed with the lines behind it.
 */
export async function reconcileFunds(deps: Deps, caller: Registered, input: { township?: string }) {
  const scope = input.township ?? caller.user.regionPath.slice(0, 6)
  requireWithin(caller, scope)
  const field = input.township ? 'region.township' : 'region.county'
  const [allocations, lines, receipts, ...caseLists] = await Promise.all([
    readAll(col(deps.store, 'allocations'), { [field]: scope }),
    readAll(col(deps.store, 'disbursements'), { [field]: scope }),
    readAll(col(deps.store, 'payments'), { [field]: scope }),
    ...MONEY_STATES.map((state) => readAll(col(deps.store, 'cases'), { state, [field]: scope })),
  ])
  const cases = (caseLists as Application[][]).flat()
  const allocationsOf = groupBy(allocations as Allocation[], (a) => a.caseId)
  const linesOf = groupBy(lines as Disbursement[], (l) => l.caseId)
  const receiptsOf = groupBy(receipts as Payment[], (p) => p.caseId)

  const rows = new Map<string, FundsRow>()
  const differences: Array<{
    caseId: string
    caseNo: string
    township: string
    kind: 'overspent' | 'allocated_counter' | 'paid_counter' | 'receipts' | 'recovery'
    message: string
    fen: number
    lineIds: string[]
  }> = []
  let total: Position = EMPTY_POSITION
  let committedTotal = 0
  let recoveryTotal = 0
  for (const c of cases) {
    const caseLines = linesOf.get(c._id) ?? []
    const position = positionOf(allocationsOf.get(c._id) ?? [], caseLines)
    const receiptsFen = (receiptsOf.get(c._id) ?? []).reduce((s, p) => s + p.amountFen, 0)
    const committedFen = c.settlement?.approvedFen ?? c.plan?.subsidyFen ?? c.subsidyCapFen ?? 0
    const recoveryFen = c.settlement?.recoveryFen ?? 0
    const source: FundingSource = c.fundingSource ?? 'higher_level'
    const key = `${c.region.township}|${source}`
    const row = rows.get(key) ?? {
      township: c.region.township,
      townshipName: '',
      fundingSource: source,
      households: 0,
      committedFen: 0,
      recoveryFen: 0,
      ...EMPTY_POSITION,
    }
    rows.set(key, {
      ...row,
      ...addPositions(row, position),
      households: row.households + 1,
      committedFen: row.committedFen + committedFen,
      recoveryFen: row.recoveryFen + recoveryFen,
    })
    total = addPositions(total, position)
    committedTotal += committedFen
    recoveryTotal += recoveryFen
    const lineIds = caseLines.map((l) => l._id)
    for (const d of differencesOf(position, c, receiptsFen)) {
      differences.push({ caseId: c._id, caseNo: c.caseNo, township: c.region.township, ...d, lineIds })
    }
    if (recoveryFen > 0) {
      differences.push({
        caseId: c._id,
        caseNo: c.caseNo,
        township: c.region.township,
        kind: 'recovery',
        message: '结算金额低于已拨付金额，待追回',
        fen: recoveryFen,
        lineIds,
      })
    }
  }
  const named = await Promise.all(
    [...rows.values()]
      .sort((a, b) => (a.township + a.fundingSource < b.township + b.fundingSource ? -1 : 1))
      .map(async (r) => ({ ...r, townshipName: await regionName(deps.store, r.township) })),
  )
  return {
    rows: named,
    total: { ...total, households: cases.length, committedFen: committedTotal, recoveryFen: recoveryTotal },
    differences: differences.slice(0, 500),
    balanced: differences.every((d) => d.kind === 'recovery'),
  }
}

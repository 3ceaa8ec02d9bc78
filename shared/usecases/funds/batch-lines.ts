import { cmp, MAX_READ } from '../../ports/document-store'
import type { Disbursement } from '../../schemas/funds'
import { col } from '../collections'
import type { Deps } from '../deps'

/** Every line a batch holds, in order, read a thousand at a time (a batch may hold a season's payments). */
export async function allBatchLines(deps: Pick<Deps, 'store'>, batchId: string): Promise<Disbursement[]> {
  const out: Disbursement[] = []
  let cursor = ''
  for (;;) {
    const page = await col(deps.store, 'disbursements')
      .where(cursor ? { batchId, seq: cmp.gt(cursor) } : { batchId })
      .orderBy('seq', 'asc')
      .limit(MAX_READ)
      .get()
    out.push(...page)
    if (page.length < MAX_READ) return out
    cursor = page[page.length - 1]!.seq
  }
}

import { cmp, MAX_READ } from '../../ports/document-store'
import type { Disbursement } from '../../schemas/funds'
import { col } from '../collections'
import type { Deps, Registered } from '../deps'
import { regionName } from '../load'
import { countyOfCaller } from './build-batch'

type Group = {
  township: string
  townshipName: string
  stage: Disbursement['stage']
  status: 'due' | 'failed'
  count: number
  totalFen: number
  earliestDueOn: string
}

/** What a batch could take now, counted by township, stage and whether it failed before, for the batch form. */
export async function dueGroups(deps: Deps, caller: Registered, input: { dueBy: string }): Promise<{ items: Group[] }> {
  const county = countyOfCaller(caller)
  const groups = new Map<string, Group>()
  for (const status of ['due', 'failed'] as const) {
    let cursor = ''
    for (;;) {
      const where = { 'region.county': county, status, dueOn: cmp.lte(input.dueBy) }
      const page = await col(deps.store, 'disbursements')
        .where(cursor ? { ...where, seq: cmp.gt(cursor) } : where)
        .orderBy('seq', 'asc')
        .limit(MAX_READ)
        .get()
      for (const l of page) {
        const key = `${l.region.township}|${l.stage}|${status}`
        const g = groups.get(key) ?? {
          township: l.region.township,
          townshipName: '',
          stage: l.stage,
          status,
          count: 0,
          totalFen: 0,
          earliestDueOn: l.dueOn,
        }
        g.count++
        g.totalFen += l.amountFen
        if (l.dueOn < g.earliestDueOn) g.earliestDueOn = l.dueOn
        groups.set(key, g)
      }
      if (page.length < MAX_READ) break
      cursor = page[page.length - 1]!.seq
    }
  }
  const items = await Promise.all(
    [...groups.values()].map(async (g) => ({ ...g, townshipName: await regionName(deps.store, g.township) })),
  )
  return { items: items.sort((a, b) => (a.township + a.stage < b.township + b.stage ? -1 : 1)) }
}

import type { MyObjectionView, ObjectionItem } from '../../api/publicity.api'
import { regionField } from '../../domain/jurisdiction'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col } from '../collections'
import type { Caller, Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { type Page, type PageRequest, pageBySeq } from '../paging'
import { toMyObjection, toObjectionItem } from './views'

/**
 * The open objections in the caller's jurisdiction, oldest first — one indexed equality on the caller's level
 * (`state`, `region.<level>`, `seq`), so a page costs the same at a million households — or every objection of
 * one case for the official's case page.
 */
export async function listObjections(
  deps: Deps,
  caller: Registered,
  input: PageRequest & { caseId?: string },
): Promise<Page<ObjectionItem>> {
  let where: Record<string, string>
  if (input.caseId) {
    const c = await mustGet(deps.store, 'cases', input.caseId)
    requireWithin(caller, c.regionPath)
    where = { caseId: c._id }
  } else {
    const path = caller.user.regionPath
    where = { state: 'open', [regionField(path)]: path }
  }
  const page = await pageBySeq(col(deps.store, 'objections'), where, input, 'asc')
  const { today } = nowOf(deps)
  return { items: page.items.map((o) => toObjectionItem(o, caller.user.role, today, deps.calendar)), next: page.next }
}

/** The caller's own objections, newest first; without an identity there are none to show. */
export async function myObjections(deps: Deps, caller: Caller, input: PageRequest): Promise<Page<MyObjectionView>> {
  if (!caller.openid) return { items: [], next: null }
  const objectorId = caller.user?._id ?? caller.openid
  const page = await pageBySeq(col(deps.store, 'objections'), { objectorId }, input, 'desc')
  return { items: page.items.map(toMyObjection), next: page.next }
}

import type { ObjectionItem } from '../../api/objections.api'
import type { MyObjectionView } from '../../api/publicity.api'
import { regionField } from '../../domain/jurisdiction'
import { cmp } from '../../ports/document-store'
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

/** The objector's photos, in their order, for the officials who may see the objection; a lost upload is left out. */
export async function objectionPhotos(
  deps: Deps,
  caller: Registered,
  objectionId: string,
): Promise<Array<{ id: string; url: string }>> {
  const o = await mustGet(deps.store, 'objections', objectionId)
  requireWithin(caller, o.regionPath)
  if (o.photoIds.length === 0) return []
  const uploads = await col(deps.store, 'uploads')
    .where({ _id: cmp.in(o.photoIds) })
    .limit(o.photoIds.length)
    .get()
  const byId = new Map(uploads.map((u) => [u._id, u]))
  const found = o.photoIds.flatMap((id) => (byId.has(id) ? [{ id, fileId: byId.get(id)!.fileId }] : []))
  return Promise.all(found.map(async (p) => ({ id: p.id, url: await deps.files.url(p.fileId) })))
}

import type { OfficialHazard } from '../../api/hazard-oversight.api'
import type { MyHazard, PublicHazard } from '../../api/hazard.api'
import { DomainError } from '../../domain/errors'
import { OPEN_STATUSES } from '../../domain/hazard'
import { levelOf, regionField } from '../../domain/jurisdiction'
import type { Where } from '../../ports/document-store'
import type { HazardStatus } from '../../schemas/hazard'
import { nowOf } from '../clock-view'
import { col } from '../collections'
import type { Caller, Deps, Registered } from '../deps'
import { type Page, type PageRequest, pageBySeq, pageBySeqAcross } from '../paging'
import { officialView, publicView, reporterView } from './views'

/** A village's public list (or every village's): hidden reports left out by the query itself, so every page is full. */
export async function publicHazards(deps: Deps, input: PageRequest & { regionPath?: string }): Promise<Page<PublicHazard>> {
  if (input.regionPath && levelOf(input.regionPath) !== 'village') {
    throw new DomainError('bad_input', '请选择一个村查看', { field: 'regionPath' })
  }
  const where: Where = input.regionPath
    ? { 'region.village': input.regionPath, 'moderation.hidden': false }
    : { 'moderation.hidden': false }
  const page = await pageBySeq(col(deps.store, 'hazard_reports'), where, input, 'desc')
  return { items: page.items.map(publicView), next: page.next }
}

/** The caller's own reports; without an identity nothing is the caller's, so the list is empty. */
export async function myHazards(deps: Deps, caller: Caller, input: PageRequest): Promise<Page<MyHazard>> {
  if (!caller.openid) return { items: [], next: null }
  const page = await pageBySeq(col(deps.store, 'hazard_reports'), { reporterId: caller.openid }, input, 'desc')
  return { items: page.items.map(reporterView), next: page.next }
}

/** Open reports inside the caller's jurisdiction, oldest first: the one waiting longest is on top. */
export async function hazardInbox(
  deps: Deps,
  caller: Registered,
  input: PageRequest & { status?: HazardStatus },
): Promise<Page<OfficialHazard>> {
  const path = caller.user.regionPath
  const statuses = input.status ? [input.status] : OPEN_STATUSES
  const page = await pageBySeqAcross(
    col(deps.store, 'hazard_reports'),
    'status',
    statuses,
    { [regionField(path)]: path },
    input,
    'asc',
  )
  const { today } = nowOf(deps)
  return { items: page.items.map((r) => officialView(r, today)), next: page.next }
}

/** One level of the region tree (a county has a few hundred villages at most, read in one go). */
export async function placesUnder(deps: Deps, parent: string | undefined) {
  const regions = await col(deps.store, 'regions')
    .where({ parent: parent ?? null })
    .limit(1000)
    .get()
  const items = regions.map((r) => ({ path: r._id, name: r.name, level: r.level }))
  return { items: items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) }
}

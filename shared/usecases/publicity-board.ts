import type { PublicNotice } from '../api/views'
import { regionField } from '../domain/jurisdiction'
import { col } from './collections'
import { nowOf } from './clock-view'
import type { Deps } from './deps'
import { type Page, type PageRequest, pageBySeq } from './paging'
import { toPublicNotice } from './public-notice'

/** 村务公开栏: notices of a region, newest first, open to anyone. */
export async function publicityBoard(deps: Deps, input: PageRequest & { regionPath?: string }): Promise<Page<PublicNotice>> {
  const where = input.regionPath ? { [regionField(input.regionPath)]: input.regionPath } : {}
  const page = await pageBySeq(col(deps.store, 'notices'), where, input, 'desc')
  const { today } = nowOf(deps)
  return { items: page.items.map((n) => toPublicNotice(n, today, deps.calendar)), next: page.next }
}

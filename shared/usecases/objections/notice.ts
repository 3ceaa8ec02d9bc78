import type { PublicNotice } from '../../api/views'
import { nowOf } from '../clock-view'
import type { Deps } from '../deps'
import { mustGet } from '../load'
import { toPublicNotice } from '../public-notice'

/** One notice for the page a shared link opens; the same public face as on the board. */
export async function publicNotice(deps: Deps, noticeId: string): Promise<PublicNotice> {
  const notice = await mustGet(deps.store, 'notices', noticeId)
  return toPublicNotice(notice, nowOf(deps).today, deps.calendar)
}

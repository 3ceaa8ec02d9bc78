import { todayInShanghai } from '@shared/domain/dates'

/** An ISO instant as the day it was in Beijing time. */
export function dayOf(instant: string): string {
  const d = new Date(instant)
  return Number.isNaN(d.getTime()) ? instant : todayInShanghai(d)
}

/** '2025-11-25' → '2025年11月25日', easier to read than dashes. */
export function chineseDate(d: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : d
}

/** An ISO instant as Beijing wall-clock time, '2026年11月23日 10:05', without relying on the phone's Intl time zones. */
export function beijingTime(instant: string): string {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) return instant
  const local = new Date(ms + 8 * 3_600_000).toISOString()
  return `${chineseDate(local.slice(0, 10))} ${local.slice(11, 16)}`
}

import type { Grade } from '../schemas/house'
import type { ScopeReason } from '../schemas/inspection'
import type { LedgerKind } from '../schemas/ledger'

/**
 * The deadline a campaign opened on `today` defaults to: the first of the profile's inspection dates
 * (30 April, 31 October) on or after today, else the first of next year.
 */
export function defaultCampaignDeadline(today: string, inspectionDeadlines: readonly string[]): string {
  const days = [...inspectionDeadlines].sort()
  if (days.length === 0) throw new RangeError('the policy profile names no inspection dates')
  const year = Number(today.slice(0, 4))
  const thisYear = days.map((md) => `${year}-${md}`).find((d) => d >= today)
  return thisYear ?? `${year + 1}-${days[0]}`
}

/** The seeds' scope: target-group households, every house on the ledger, every B-grade house (动态监测). */
export function scopeReasons(args: { targetGroups: readonly string[]; onLedger: boolean; grade: Grade | null }): ScopeReason[] {
  const reasons: ScopeReason[] = []
  if (args.targetGroups.length > 0) reasons.push('target_group')
  if (args.onLedger) reasons.push('ledger')
  if (args.grade === 'B') reasons.push('b_grade')
  return reasons
}

/** A campaign is overdue once its deadline has passed with houses still to inspect. */
export function campaignOverdue(c: { deadline: string; inScope: number; done: number }, today: string): boolean {
  return today > c.deadline && c.done < c.inScope
}

/**
 * What an inspection puts on the ledger: a problem the official wrote down, or a C/D grade, is a hazard to
 * solve; a B grade alone is kept under dynamic monitoring; an A grade with no problem puts nothing on it.
 */
export function ledgerFinding(args: { grade: Grade; problem: string | null }): { kind: LedgerKind; problem: string } | null {
  if (args.problem) return { kind: 'hazard', problem: args.problem }
  if (args.grade === 'C' || args.grade === 'D') return { kind: 'hazard', problem: `排查发现房屋为${args.grade}级危房` }
  if (args.grade === 'B') return { kind: 'monitoring', problem: '排查发现房屋为B级，纳入动态监测' }
  return null
}

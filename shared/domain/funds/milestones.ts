import type { CaseEvent, CaseState, Mode } from '../../schemas/application'
import type { Role } from '../../schemas/user'

/** 开工 and 主体完工 are the township's to record, 竣工验收 the county's. */
export type Milestone = 'start' | 'structure' | 'acceptance'
export const MILESTONE_RECORDED_BY: Record<Milestone, 'township' | 'county'> = {
  start: 'township',
  structure: 'township',
  acceptance: 'county',
}

type WorksCase = { state: CaseState; milestones: { structure: string | null } }

/** The milestone a case waits for: start on a signed agreement, then the main structure, then the acceptance. */
export function nextMilestone(c: WorksCase): Milestone | null {
  if (c.state === 'agreement_signed') return 'start'
  if (c.state !== 'under_construction') return null
  return c.milestones.structure === null ? 'structure' : 'acceptance'
}

/**
 * The milestones this official may record on the case now: the one it waits for when it is theirs, and acceptance
 * for the county while the works run (the workflow table allows it before the main structure is recorded).
 */
export function milestonesFor(role: Role | null | undefined, c: WorksCase, allowedEvents: readonly CaseEvent[]): Milestone[] {
  if (role === 'township') {
    if (allowedEvents.includes('start_works')) return ['start']
    if (c.state === 'under_construction' && c.milestones.structure === null) return ['structure']
  }
  if (role === 'county' && allowedEvents.includes('accept')) return ['acceptance']
  return []
}

/** A house built is subsidised by its area as built, so its settlement needs that area; a repair does not. */
export function settlementNeedsArea(mode: Mode): boolean {
  return mode === 'rebuild' || mode === 'new_site'
}

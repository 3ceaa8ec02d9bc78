import type { PolicyProfile } from './policy-profile'

/**
 * The campaign's deadlines (district 2020: works complete by 30 April; give-up resettlement by 20 February), as
 * calendar dates, when the profile sets them.
 * A profile without one (the city scheme sets none) answers null, so no rule checks a date it does not have.
 */
export type CampaignDeadlines = { worksCompleteBy: string | null; resettleBy: string | null }

/**
 * A case runs against the deadlines of the campaign it was filed in: a deadline that had passed before the case
 * was filed (`filedOn`) belonged to an earlier campaign, and binds it to nothing until a new version sets the next.
 */
export function campaignDeadlines(profile: PolicyProfile, filedOn: string): CampaignDeadlines {
  const current = (d: string | null) => (d !== null && d >= filedOn ? d : null)
  const set = profile.campaignDeadlines
  return { worksCompleteBy: current(set.worksCompleteBy), resettleBy: current(set.giveUpResettledBy) }
}

/** The day a case was filed, which decides the campaign it runs in. */
export const filedOnOf = (c: { history: ReadonlyArray<{ on: string }>; createdAt: string }) =>
  c.history[0]?.on ?? c.createdAt.slice(0, 10)

/** Past a deadline means after its day: the deadline day itself is still on time. Dates are YYYY-MM-DD. */
export function isPast(deadline: string | null, today: string): boolean {
  return deadline !== null && today > deadline
}

export type DeadlineFlag = { label: string; on: string; overdue: boolean }

/**
 * The campaign deadline a case at this stage runs against, for the inbox: until the plan is chosen, the give-up
 * resettlement deadline (a household that gives up must be resettled by then), else the works deadline; with a plan,
 * the works deadline until the works are accepted. Null when the profile sets none for the stage.
 */
export function deadlineFlag(
  c: { state: string; history: ReadonlyArray<{ on: string }>; createdAt: string },
  profile: PolicyProfile,
  today: string,
): DeadlineFlag | null {
  const state = c.state
  const { worksCompleteBy, resettleBy } = campaignDeadlines(profile, filedOnOf(c))
  const works = worksCompleteBy ? { label: '竣工期限', on: worksCompleteBy } : null
  const resettle = resettleBy ? { label: '放弃改造安置期限', on: resettleBy } : null
  let flag: { label: string; on: string } | null = null
  if (state === 'county_approved') flag = resettle ?? works
  else if (state === 'plan_chosen' || state === 'agreement_signed' || state === 'under_construction') flag = works
  return flag ? { ...flag, overdue: isPast(flag.on, today) } : null
}

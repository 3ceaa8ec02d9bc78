import type { PolicyProfile } from './policy-profile'

/**
 * The campaign's deadlines (district 2020: works complete by 30 April; give-up resettlement by 20 February), as
 * calendar dates, when the profile sets them.
 *
 * Seam: the policy-profile work of issue 9 adds the deadlines to the profile record. Until that lands this reads
 * `campaignDeadlines` if a profile carries it and answers no deadline otherwise, so no rule checks a date it does not
 * have. Once the field is in `PolicyProfile`, this function reads it directly and the cast goes.
 */
export type CampaignDeadlines = { worksCompleteBy: string | null; resettleBy: string | null }

type MaybeDeadlines = { campaignDeadlines?: Partial<CampaignDeadlines> | null }

export function campaignDeadlines(profile: PolicyProfile): CampaignDeadlines {
  const set = (profile as PolicyProfile & MaybeDeadlines).campaignDeadlines ?? {}
  return { worksCompleteBy: set.worksCompleteBy ?? null, resettleBy: set.resettleBy ?? null }
}

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
export function deadlineFlag(state: string, profile: PolicyProfile, today: string): DeadlineFlag | null {
  const { worksCompleteBy, resettleBy } = campaignDeadlines(profile)
  const works = worksCompleteBy ? { label: '竣工期限', on: worksCompleteBy } : null
  const resettle = resettleBy ? { label: '放弃改造安置期限', on: resettleBy } : null
  let flag: { label: string; on: string } | null = null
  if (state === 'county_approved') flag = resettle ?? works
  else if (state === 'plan_chosen' || state === 'agreement_signed' || state === 'under_construction') flag = works
  return flag ? { ...flag, overdue: isPast(flag.on, today) } : null
}

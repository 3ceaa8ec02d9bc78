import * as z from 'zod'
import { AppraisalExemptions, AreaBand, CampaignDeadlines, DoubleBenefitRule, PolicyProfile } from '../domain/policy-profile'
import { CalendarDate, Fen } from '../schemas/common'
import { TargetGroup } from '../schemas/household'
import { ProfileRecord } from '../schemas/profile'
import { FreeText } from '../schemas/text'
import { action } from './contract'

/** One version as the county's officials read it: the whole profile, who published it and when. */
export const ProfileView = ProfileRecord
export type ProfileView = z.infer<typeof ProfileView>

export const ProfileVersionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  effectiveFrom: CalendarDate,
  publishedByName: z.string(),
  publishedAt: z.string(),
  note: z.string(),
  /** The version in force today. */
  inForce: z.boolean(),
})
export type ProfileVersionSummary = z.infer<typeof ProfileVersionSummary>

/**
 * A new version is the county's latest version with these fields changed; everything not given is carried over.
 * The result is checked as a whole profile (area bands in order, a department for every group).
 */
export const PublishProfileInput = z
  .object({
    effectiveFrom: CalendarDate,
    note: FreeText({ min: 4, max: 500, label: '修订说明', multiline: true }),
    name: FreeText({ min: 4, max: 200, label: '政策名称' }).optional(),
    targetGroups: z.array(TargetGroup).min(1).max(8).optional(),
    coversHouseless: z.boolean().optional(),
    areaStandard: PolicyProfile.shape.areaStandard.optional(),
    repairCapFen: Fen.optional(),
    rebuildPerM2Fen: Fen.optional(),
    preAllocationFen: z.object({ C: Fen, D: Fen }).optional(),
    stagePercents: PolicyProfile.shape.stagePercents.removeDefault().optional(),
    publicityWorkingDays: z.number().int().min(1).max(30).optional(),
    campaignDeadlines: CampaignDeadlines.optional(),
    appraisalExemptions: AppraisalExemptions.optional(),
    doubleBenefit: DoubleBenefitRule.optional(),
  })
  .strict()
export type PublishProfileInput = z.input<typeof PublishProfileInput>

export { AreaBand }

export const profileApi = {
  inForce: action({
    fn: 'profile',
    action: 'inForce',
    summary:
      "The policy profile version in force in the caller's county today (or on `on`), with the county's versions, newest first.",
    audience: 'registered',
    effect: 'read',
    input: z.object({ on: CalendarDate.optional() }).strict(),
    output: z.object({ profile: ProfileView, versions: z.array(ProfileVersionSummary) }),
    errors: ['BAD_INPUT', 'NOT_FOUND'],
  }),
  publish: action({
    fn: 'profile',
    action: 'publish',
    summary:
      "Publishes the next version of the county's profile, effective today or later; versions are never edited, and a case keeps the version it was filed under.",
    audience: ['admin'],
    effect: 'write',
    input: PublishProfileInput,
    output: ProfileView,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND'],
  }),
} as const

import * as z from 'zod'
import { CalendarDate, Fen } from '../schemas/common'
import { Grade } from '../schemas/house'
import { BenefitProgramme } from '../schemas/benefit'
import { TargetGroup } from '../schemas/household'

/**
 * Where the city and district schemes differ, the difference is data: each county runs a profile,
 * versioned by the date it takes effect, and every rule reads its numbers from the profile in force.
 */

/** One band of the main-house area standard; `maxPersons: null` is the open-ended last band. */
export const AreaBand = z.object({
  maxPersons: z.number().int().positive().nullable(),
  areaM2: z.number().positive(),
})
export type AreaBand = z.infer<typeof AreaBand>

/** The departments that verify who belongs to a target group (身份识别和家庭信息核实). */
export const Department = z.enum(['civil_affairs', 'rural_revitalisation', 'disabled_federation'])
export type Department = z.infer<typeof Department>

export const DEPARTMENT_LABEL: Record<Department, string> = {
  civil_affairs: '民政部门',
  rural_revitalisation: '乡村振兴（扶贫）部门',
  disabled_federation: '残疾人联合会',
}

/** Dated campaign deadlines (e.g. the 2020 district campaign); null where the scheme sets none. */
export const CampaignDeadlines = z.object({
  /** Every renovation in the campaign complete (全部竣工) by this day. */
  worksCompleteBy: CalendarDate.nullable(),
  /** Households that give up renovation resettled (集中安置 / 子女赡养 / 租赁安置) by this day. */
  giveUpResettledBy: CalendarDate.nullable(),
})
export type CampaignDeadlines = z.infer<typeof CampaignDeadlines>

/** Who proves safety with acceptance papers instead of an appraisal (不再开展鉴定). */
export const AppraisalExemptions = z.object({
  /** Relocated into flats (拆迁上楼). */
  relocatedToFlat: z.boolean(),
  /** Renovated on or after this day (e.g. 2018年以来新改造); null: no such exemption. */
  renovatedSince: CalendarDate.nullable(),
})
export type AppraisalExemptions = z.infer<typeof AppraisalExemptions>

/** No double benefit (不得重复享受), as the scheme words it. */
export const DoubleBenefitRule = z.object({
  /** Programmes whose receipt refuses the application (city: already in 因灾倒损农房恢复重建). */
  refusedIf: z.array(BenefitProgramme),
  /**
   * City: a house renovated before (农村危房改造) that a small natural disaster made dangerous again may be included
   * again, recorded as a re-inclusion with the applicant's account of the damage; without it the application is refused.
   */
  reinclusionAfterSmallDisaster: z.boolean(),
  /** District: a household that had central/provincial/municipal housing money is paid from local finance (由区财政进行补助). */
  higherLevelPaidLocally: z.boolean(),
})
export type DoubleBenefitRule = z.infer<typeof DoubleBenefitRule>

const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为“月-日”格式，如 03-01')

export const PolicyProfile = z.object({
  /** The version's own id; a case records it (`policyProfileId`) and keeps it. */
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  /** 1 for the scheme as first published; every published change is the next number, never an edit. */
  version: z.number().int().positive(),
  effectiveFrom: CalendarDate,
  targetGroups: z.array(TargetGroup).min(1),
  /** The department that verifies each group, so a household knows where to get registered. */
  verifiedBy: z.record(TargetGroup, Department),
  campaignDeadlines: CampaignDeadlines,
  appraisalExemptions: AppraisalExemptions,
  doubleBenefit: DoubleBenefitRule,
  /**
   * Whether a household with no house at all (无房户) is covered. The 2021 city scheme covers them;
   * the 2020 district scheme covers only households whose only house is C or D.
   */
  coversHouseless: z.boolean(),
  /** Bands in ascending order of household size; the last band has no upper limit. */
  areaStandard: z
    .array(AreaBand)
    .min(1)
    .superRefine((bands, ctx) => {
      bands.forEach((band, i) => {
        const last = i === bands.length - 1
        if (last !== (band.maxPersons === null)) {
          ctx.addIssue({ code: 'custom', message: '只有最后一档人口的面积标准可以不设上限', path: [i, 'maxPersons'] })
        }
        const prev = bands[i - 1]?.maxPersons
        if (i > 0 && band.maxPersons !== null && prev != null && band.maxPersons <= prev) {
          ctx.addIssue({ code: 'custom', message: '面积标准的人口档次应从小到大排列', path: [i, 'maxPersons'] })
        }
      })
    }),
  /** C grade, repair: ceiling per household; the settled actual cost if lower. */
  repairCapFen: Fen,
  /** D grade, rebuild: ceiling per m² of the standard area; the settled actual cost if lower. */
  rebuildPerM2Fen: Fen,
  /** Start-up money finance advances to the township per household once works start. */
  preAllocationFen: z.object({ C: Fen, D: Fen }),
  /**
   * How the township pays the start-up money out, in percent at each milestone before settlement (分阶段按比例足额支付;
   * the scheme leaves the proportions to the townships, so the county sets them). The rest is paid at settlement.
   */
  stagePercents: z
    .object({
      start: z.number().int().min(0).max(100),
      structure: z.number().int().min(0).max(100),
      acceptance: z.number().int().min(0).max(100),
    })
    .refine((p) => p.start + p.structure + p.acceptance === 100, 'the shares of the start-up money must add up to 100%')
    .default({ start: 50, structure: 30, acceptance: 20 }),
  publicityWorkingDays: z.number().int().min(1).max(30),
  /** Working days a level has to decide a case that waits for it; absent: the county default (DEFAULT_REVIEW_WORKING_DAYS). */
  reviewWorkingDays: z.number().int().min(1).max(60).optional(),
  /** No sale or transfer of a new or rebuilt house for this many years after acceptance and payment. */
  transferLockYears: z.number().int().nonnegative(),
  /** Calendar days after completion acceptance within which the file must be in the information system. */
  archiveEntryDays: z.number().int().positive(),
  eligibleGrades: z.array(Grade).min(1),
  /** A repaired house must be appraised at least this grade. */
  minRepairedGrade: Grade,
  /** Seismic fortification intensity a rebuilt house is designed for. */
  seismicIntensity: z.number().int().min(6).max(9),
  /** Each year's full inspections must be done by these dates (MM-DD). */
  inspectionDeadlines: z.array(MonthDay),
  /** Working days the village has to verify a hazard report from the public channel. */
  hazardVerifyWorkingDays: z.number().int().min(1).max(30),
})
export type PolicyProfile = z.infer<typeof PolicyProfile>

/** 罗政办字〔2020〕3号. Publicity, transfer lock and inspection dates are not in it; they follow the national rules the 2021 scheme restates. */
/** Profiles are shared by every case in the county; one caller mutating one would change the rules for all. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) frozen(v)
    Object.freeze(value)
  }
  return value
}

/** Who verifies which group: 民政 the allowance and extreme-poverty groups, 残联 disabled families, 乡村振兴 (扶贫) the rest. */
const VERIFIED_BY: Record<TargetGroup, Department> = {
  poor_registered: 'rural_revitalisation',
  at_risk: 'rural_revitalisation',
  min_allowance: 'civil_affairs',
  dispersed_extreme_poor: 'civil_affairs',
  poor_disabled: 'disabled_federation',
  severe_hardship: 'civil_affairs',
  allowance_marginal: 'civil_affairs',
  other_poverty_alleviated: 'rural_revitalisation',
}

export const LUOZHUANG_2020: PolicyProfile = frozen({
  id: 'luozhuang-2020',
  name: '罗庄区2020年农村危房改造安置工作实施方案',
  version: 1,
  effectiveFrom: '2020-02-12',
  targetGroups: ['poor_registered', 'min_allowance', 'dispersed_extreme_poor', 'poor_disabled'],
  verifiedBy: VERIFIED_BY,
  // 三(一): 2020年4月底前全部竣工; 放弃改造的 2020年2月20日前妥善安置.
  campaignDeadlines: { worksCompleteBy: '2020-04-30', giveUpResettledBy: '2020-02-20' },
  // 四(2): 拆迁上楼、2018年以来新改造的 … 不再开展鉴定.
  appraisalExemptions: { relocatedToFlat: true, renovatedSince: '2018-01-01' },
  // 五(三): 已享受过中央和省市住房类资金补助的，不得重复享受上级专项补助资金，由区财政进行补助.
  doubleBenefit: { refusedIf: [], reinclusionAfterSmallDisaster: false, higherLevelPaidLocally: true },
  coversHouseless: false,
  areaStandard: [
    { maxPersons: 2, areaM2: 40 },
    { maxPersons: 4, areaM2: 60 },
    { maxPersons: null, areaM2: 80 },
  ],
  repairCapFen: 1_700_000,
  rebuildPerM2Fen: 80_000,
  preAllocationFen: { C: 500_000, D: 2_000_000 },
  stagePercents: { start: 50, structure: 30, acceptance: 20 },
  publicityWorkingDays: 5,
  transferLockYears: 5,
  archiveEntryDays: 15,
  eligibleGrades: ['C', 'D'],
  minRepairedGrade: 'B',
  seismicIntensity: 8,
  inspectionDeadlines: ['04-30', '10-31'],
  hazardVerifyWorkingDays: 3,
})

/**
 * 鹤住建发〔2021〕32号. The city scheme sets who is covered and how, but no amounts, area standard,
 * archive deadline or seismic intensity: a county keeps its own, so these are the district figures
 * above and a county adopting this profile must replace them with its own scheme's (seismic intensity
 * in particular follows the county's zoning, not another county's).
 */
export const HEGANG_2021: PolicyProfile = frozen({
  ...LUOZHUANG_2020,
  id: 'hegang-2021',
  name: '鹤岗市住建局《关于巩固拓展住房安全保障成果同乡村振兴有效衔接的实施方案》',
  effectiveFrom: '2021-10-26',
  targetGroups: [
    'at_risk',
    'min_allowance',
    'dispersed_extreme_poor',
    'severe_hardship',
    'allowance_marginal',
    'other_poverty_alleviated',
  ],
  coversHouseless: true,
  // A standing programme, not a campaign: no dated deadlines.
  campaignDeadlines: { worksCompleteBy: null, giveUpResettledBy: null },
  // 三: 已纳入因灾倒损农房恢复重建补助范围的，不得重复享受; 小型自然灾害等原因又变成危房的可再次纳入.
  doubleBenefit: { refusedIf: ['disaster_reconstruction'], reinclusionAfterSmallDisaster: true, higherLevelPaidLocally: false },
})

/**
 * The profile that governs a case is the one in force on the day that matters (e.g. the application
 * date). With two profiles effective the same day, the later one in the list wins, as an amendment would
 * (the store lists a county's versions in ascending order, so the higher version wins).
 */
export function profileInForce(profiles: readonly PolicyProfile[], date: string): PolicyProfile {
  // Dates compare as text only when well-formed; a malformed one would silently pick the wrong profile.
  if (!CalendarDate.safeParse(date).success) throw new RangeError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(date)}`)
  let found: PolicyProfile | undefined
  for (const p of profiles) {
    if (p.effectiveFrom <= date && (!found || p.effectiveFrom >= found.effectiveFrom)) found = p
  }
  if (!found) throw new RangeError(`no policy profile is in force on ${date}`)
  return found
}

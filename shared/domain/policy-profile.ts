import * as z from 'zod'
import { CalendarDate, Fen } from '../schemas/common'
import { Grade } from '../schemas/house'
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

const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a month and day as MM-DD')

export const PolicyProfile = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  effectiveFrom: CalendarDate,
  targetGroups: z.array(TargetGroup).min(1),
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
          ctx.addIssue({ code: 'custom', message: 'only the last area band is open-ended', path: [i, 'maxPersons'] })
        }
        const prev = bands[i - 1]?.maxPersons
        if (i > 0 && band.maxPersons !== null && prev != null && band.maxPersons <= prev) {
          ctx.addIssue({ code: 'custom', message: 'area bands must grow with household size', path: [i, 'maxPersons'] })
        }
      })
    }),
  /** C grade, repair: ceiling per household; the settled actual cost if lower. */
  repairCapFen: Fen,
  /** D grade, rebuild: ceiling per m² of the standard area; the settled actual cost if lower. */
  rebuildPerM2Fen: Fen,
  /** Start-up money finance advances to the township per household once works start. */
  preAllocationFen: z.object({ C: Fen, D: Fen }),
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

export const LUOZHUANG_2020: PolicyProfile = frozen({
  id: 'luozhuang-2020',
  name: '罗庄区2020年农村危房改造安置工作实施方案',
  effectiveFrom: '2020-02-12',
  targetGroups: ['poor_registered', 'min_allowance', 'dispersed_extreme_poor', 'poor_disabled'],
  coversHouseless: false,
  areaStandard: [
    { maxPersons: 2, areaM2: 40 },
    { maxPersons: 4, areaM2: 60 },
    { maxPersons: null, areaM2: 80 },
  ],
  repairCapFen: 1_700_000,
  rebuildPerM2Fen: 80_000,
  preAllocationFen: { C: 500_000, D: 2_000_000 },
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
})

/**
 * The profile that governs a case is the one in force on the day that matters (e.g. the application
 * date). With two profiles effective the same day, the later one in the list wins, as an amendment would.
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

import type { Mode } from '../schemas/application'
import { MODE_LABEL } from '../schemas/application'
import type { Grade, House } from '../schemas/house'
import type { Household, TargetGroup } from '../schemas/household'
import { TARGET_GROUP_LABEL } from '../schemas/household'
import { latestGrade } from './house-record'
import { isValidIdNumber } from './id-number'
import { DEPARTMENT_LABEL, type PolicyProfile } from './policy-profile'

/**
 * Who may be supported, and how (保障对象 and 保障方式). Every failed condition is reported, not just
 * the first, so a farmer learns everything to fix in one go; messages are written for the farmer.
 */

export type EligibilityReason = { code: EligibilityCode; message: string }
export type EligibilityResult = { ok: true } | { ok: false; reasons: EligibilityReason[] }

export type EligibilityCode =
  | 'TARGET_GROUP_NOT_COVERED'
  | 'TARGET_GROUP_NOT_REGISTERED'
  | 'HOUSE_NOT_OWNED'
  | 'NOT_ONLY_HOUSE'
  | 'HOUSE_NOT_APPRAISED'
  | 'GRADE_NOT_ELIGIBLE'
  | 'HOUSE_NOT_CHOSEN'
  | 'HOUSELESS_NOT_COVERED'
  | 'MODE_NOT_ALLOWED'
  | 'MEMBERS_INCOMPLETE'

export type EligibilityInput = {
  household: Household
  /** The house to be made safe; null for a household that has none (无房户). */
  house: House | null
  targetGroup: TargetGroup
  mode: Mode
  profile: PolicyProfile
}

/** Moving out of the house (public rental, rent or swap, resettlement) is open to anyone covered. */
const LEAVE: readonly Mode[] = ['public_rental', 'rent_swap', 'resettle']

const MODES_BY_CONDITION: Record<'C' | 'D' | 'none', readonly Mode[]> = {
  C: ['repair', ...LEAVE],
  D: ['rebuild', 'new_site', ...LEAVE],
  none: ['new_site', ...LEAVE],
}

/**
 * The ways of making a house safe that its condition allows: `house` is the house's grade in force (null grade: not
 * appraised yet), or null for a household without a house. Empty when the policy covers none. The form offers only
 * these, and the server refuses any other, from this one rule.
 */
export function modesAllowed(house: { grade: Grade | null } | null, profile: PolicyProfile): readonly Mode[] {
  if (!house) return profile.coversHouseless ? MODES_BY_CONDITION.none : []
  const { grade } = house
  if (grade === null || !profile.eligibleGrades.includes(grade)) return []
  return grade === 'C' || grade === 'D' ? MODES_BY_CONDITION[grade] : []
}

/**
 * The household register behind the area standard: the number of persons decides it, so every person must be one
 * person (a valid ID number, not listed twice) with a relation to a head of household.
 */
function membersProblem(household: Household): string | null {
  const ids = household.members.map((m) => m.idNumber.toUpperCase())
  if (ids.some((id) => !isValidIdNumber(id))) return '家庭成员中有身份证号码校验不通过的，请到村委会核对户籍信息。'
  if (new Set(ids).size !== ids.length) return '家庭成员中有重复的身份证号码，请到村委会核对户籍信息。'
  if (household.members.filter((m) => m.relation === 'head').length !== 1) {
    return '家庭成员需要有且只有一位户主，请到村委会核对户籍信息。'
  }
  return null
}

export function checkEligibility({ household, house, targetGroup, mode, profile }: EligibilityInput): EligibilityResult {
  const reasons: EligibilityReason[] = []
  const no = (code: EligibilityCode, message: string) => reasons.push({ code, message })
  const group = TARGET_GROUP_LABEL[targetGroup]

  if (!profile.targetGroups.includes(targetGroup)) {
    no('TARGET_GROUP_NOT_COVERED', `现行政策的保障对象不包括“${group}”。`)
  }
  if (!household.targetGroups.includes(targetGroup)) {
    const department = DEPARTMENT_LABEL[profile.verifiedBy[targetGroup]]
    no('TARGET_GROUP_NOT_REGISTERED', `您家还没有登记为“${group}”，请先到${department}核实身份。`)
  }
  const members = membersProblem(household)
  if (members) no('MEMBERS_INCOMPLETE', members)

  // What the household lives in decides which ways of making it safe are open.
  let condition: 'C' | 'D' | 'none' | null = null
  if (house) {
    const owned = house.householdId === household._id && household.houseIds.includes(house._id)
    if (!owned) no('HOUSE_NOT_OWNED', '所选房屋不在您家名下，请选择您家自己的房屋。')
    // The policy supports a household whose only house is dangerous, not one that has a safe one to live in.
    if (household.houseIds.some((id) => id !== house._id)) {
      no('NOT_ONLY_HOUSE', '您家登记有不止一处住房，只有唯一住房是C级或D级危房才能纳入保障。')
    }
    // The appraisal in force is the latest by date (on the same day, the one recorded last).
    const grade = latestGrade(house)?.grade ?? null
    if (grade === null) {
      no('HOUSE_NOT_APPRAISED', '这处房屋还没有危险性等级鉴定结果，请等鉴定后再申请。')
    } else if (!profile.eligibleGrades.includes(grade)) {
      no('GRADE_NOT_ELIGIBLE', `这处房屋鉴定为${grade}级，只有鉴定为${profile.eligibleGrades.join('级或')}级的危房才能纳入保障。`)
    } else if (grade === 'C' || grade === 'D') {
      condition = grade
    }
  } else if (household.houseIds.length > 0) {
    no('HOUSE_NOT_CHOSEN', '您家登记有住房，请选择需要改造的那处房屋。')
  } else if (!profile.coversHouseless) {
    no('HOUSELESS_NOT_COVERED', '现行政策只支持唯一住房为危房的家庭，暂不包括无房户。')
  } else {
    condition = 'none'
  }

  const open = condition ? modesAllowed(condition === 'none' ? null : { grade: condition }, profile) : []
  if (condition && !open.includes(mode)) {
    const allowed = open.map((m) => MODE_LABEL[m]).join('、')
    const what = condition === 'none' ? '无房户' : `${condition}级危房`
    no('MODE_NOT_ALLOWED', `${what}不能选择“${MODE_LABEL[mode]}”，可以选择：${allowed}。`)
  }

  return reasons.length === 0 ? { ok: true } : { ok: false, reasons }
}

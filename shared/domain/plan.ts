import type { Application, Mode, PayTo, ResettlementKind } from '../schemas/application'
import { MODE_LABEL } from '../schemas/application'
import { campaignDeadlines, filedOnOf } from './campaign'
import { modesAllowed } from './eligibility'
import { formatFen } from './money'
import type { PolicyProfile } from './policy-profile'
import { standardAreaM2, subsidyCapFen } from './subsidy'

/**
 * The household's plan (改造方案) after county approval: a way of making the house safe that its grade allows, the
 * area within the profile's standard, the subsidy within the case's ceiling, the dates and who is paid. Every
 * problem is reported at once, each against its field, in words for the household and the township.
 */

export type PlanDraft = {
  mode: Mode
  resettlement: ResettlementKind | null
  areaM2: number | null
  subsidyFen: number
  startOn: string | null
  finishBy: string | null
  payTo: PayTo
}

export type PlanCase = Pick<
  Application,
  'houseId' | 'appraisedGrade' | 'gradeAtApplication' | 'householdSize' | 'subsidyCapFen' | 'paidFen' | 'history' | 'createdAt'
>

export type PlanProblem = { path: [keyof PlanDraft]; message: string }

/** Modes in which something is built or repaired, priced by the profile and paid in works stages. */
const BUILT: readonly Mode[] = ['repair', 'rebuild', 'new_site']
/** Modes that build a new main house: its area is held to the standard (原则上不准超面积建设). */
const NEW_HOUSE: readonly Mode[] = ['rebuild', 'new_site']

/** Who may be paid for each mode: the builder only for works, the landlord only for a rental or swap. */
const PAYEES: Record<Mode, readonly PayTo[]> = {
  repair: ['household', 'builder'],
  rebuild: ['household', 'builder'],
  new_site: ['household', 'builder'],
  public_rental: ['household'],
  rent_swap: ['household', 'landlord'],
  resettle: ['household'],
}

export const PAYEE_LABEL: Record<PayTo, string> = { household: '农户“一卡通”账户', builder: '施工单位', landlord: '出租方' }

/** Who the plan may pay for this mode; the form offers only these. */
export function payeesFor(mode: Mode): readonly PayTo[] {
  return PAYEES[mode]
}

/** Whether the mode builds or repairs a house (an area, start and finish dates are then required). */
export function buildsHouse(mode: Mode): boolean {
  return BUILT.includes(mode)
}

/** The grade that decides the modes: the appraisal on the case, else the one the household applied with. */
export function planGrade(c: PlanCase) {
  return c.appraisedGrade ?? c.gradeAtApplication
}

/** The ways of making the house safe the case's house allows under its profile. */
export function planModes(c: PlanCase, profile: PolicyProfile): readonly Mode[] {
  return modesAllowed(c.houseId === null ? null : { grade: planGrade(c) }, profile)
}

/**
 * The most the plan may agree: what the profile prices for the plan's own mode and area, and never more than the
 * ceiling the county approved the case with. A mode the profile prices nothing for (public rental, resettlement)
 * is held to the case's ceiling when it has one, else to nothing.
 */
export function planCeilingFen(c: PlanCase, draft: Pick<PlanDraft, 'mode' | 'areaM2'>, profile: PolicyProfile): number {
  const grade = c.houseId === null ? null : planGrade(c)
  let own: number | null = null
  if (planModes(c, profile).includes(draft.mode)) {
    own = subsidyCapFen({
      grade,
      mode: draft.mode,
      householdSize: c.householdSize,
      ...(draft.areaM2 !== null && NEW_HOUSE.includes(draft.mode) ? { floorAreaM2: draft.areaM2 } : {}),
      profile,
    })
  }
  const caps = [own, c.subsidyCapFen].filter((x): x is number => x !== null)
  return caps.length > 0 ? Math.min(...caps) : 0
}

export function planProblems(c: PlanCase, draft: PlanDraft, profile: PolicyProfile, today: string): PlanProblem[] {
  const problems: PlanProblem[] = []
  const no = (field: keyof PlanDraft, message: string) => problems.push({ path: [field], message })

  const modes = planModes(c, profile)
  if (!modes.includes(draft.mode)) {
    const open = modes.map((m) => MODE_LABEL[m]).join('、') || '无'
    no('mode', `这处房屋的鉴定等级不能选择“${MODE_LABEL[draft.mode]}”，可以选择：${open}`)
  }

  if (draft.mode === 'resettle' && draft.resettlement === null) no('resettlement', '请选择安置方式：集中安置、子女赡养或租赁安置')
  if (draft.mode !== 'resettle' && draft.resettlement !== null) no('resettlement', '只有放弃改造时才选择安置方式')

  const standard = standardAreaM2(c.householdSize, profile)
  if (BUILT.includes(draft.mode)) {
    if (draft.areaM2 === null) no('areaM2', '请填写主房面积')
    else if (NEW_HOUSE.includes(draft.mode) && draft.areaM2 > standard) {
      no('areaM2', `${c.householdSize}人户主房面积原则上不超过${standard}平方米，超出须报县级专门审批`)
    }
  } else if (draft.areaM2 !== null) no('areaM2', `“${MODE_LABEL[draft.mode]}”不建房，不填面积`)

  const ceiling = planCeilingFen(c, draft, profile)
  if (draft.subsidyFen > ceiling) no('subsidyFen', `补助不能超过${formatFen(ceiling)}`)
  // An agreement to build with no money in it would bind the household to works the programme does not pay for.
  if (BUILT.includes(draft.mode) && ceiling > 0 && draft.subsidyFen === 0) {
    no('subsidyFen', `补助金额不能为0，按政策标准最多${formatFen(ceiling)}；不填即按标准`)
  }
  if (draft.subsidyFen < c.paidFen) no('subsidyFen', `已拨付${formatFen(c.paidFen)}，补助不能少于已拨付的金额`)

  if (draft.mode !== 'resettle') {
    if (BUILT.includes(draft.mode) && draft.startOn === null) no('startOn', '请填写开工日期')
    if (BUILT.includes(draft.mode) && draft.finishBy === null) no('finishBy', '请填写竣工日期')
    if (draft.startOn && draft.finishBy && draft.finishBy < draft.startOn) no('finishBy', '竣工日期不能早于开工日期')
    if (draft.finishBy && draft.finishBy < today) no('finishBy', '竣工日期不能早于今天')
    const { worksCompleteBy } = campaignDeadlines(profile, filedOnOf(c))
    if (BUILT.includes(draft.mode) && draft.finishBy && worksCompleteBy && draft.finishBy > worksCompleteBy) {
      no('finishBy', `按方案要求，须于${worksCompleteBy}前竣工`)
    }
  }

  if (!PAYEES[draft.mode].includes(draft.payTo)) {
    const open = PAYEES[draft.mode].map((p) => PAYEE_LABEL[p]).join('或')
    no('payTo', `“${MODE_LABEL[draft.mode]}”的补助只能拨付给${open}`)
  }
  return problems
}

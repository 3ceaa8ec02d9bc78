import type { Refusal } from '../errors'
import type { PolicyProfile } from '../policy-profile'
import type { AgreementParty, Application } from '../../schemas/application'
import type { Role } from '../../schemas/user'

/** A guard a table row may name; the move happens only when every named guard answers ok. */
export type GuardName =
  | 'publicity_ended'
  | 'no_open_objection'
  | 'house_eligible'
  | 'not_filed_by_actor'
  | 'all_parties_confirmed'
  | 'village_meeting_recorded'
  | 'withdrawer_is_applicant'

/**
 * What a guard may look at: the case as it will be written (with the step's patch), today's legal date, who acts
 * (id and role), and the profile the case runs under.
 */
export type GuardInput = { case: Application; today: string; actorId: string; actorRole: Role; profile: PolicyProfile }
type GuardRefusal = { refusal: Refusal; message: string; details: Record<string, unknown> }
export type GuardResult = { ok: true } | ({ ok: false } & GuardRefusal)

/**
 * A publicity window holds a case through its last day, inclusive; the next level may act from the day after.
 * Dates are YYYY-MM-DD, which order as text.
 */
export function publicityRunning(closesOn: string | null, today: string): boolean {
  return closesOn !== null && today <= closesOn
}

export const AGREEMENT_PARTIES: readonly AgreementParty[] = ['township', 'village', 'household']

const ok: GuardResult = { ok: true }

const GUARDS: Readonly<Record<GuardName, (input: GuardInput) => GuardResult>> = {
  publicity_ended: ({ case: c, today }) =>
    publicityRunning(c.publicityClosesOn, today)
      ? {
          ok: false,
          refusal: 'publicity_running',
          message: `公示期至${c.publicityClosesOn}，期满后方可办理`,
          details: { closesOn: c.publicityClosesOn },
        }
      : ok,
  no_open_objection: ({ case: c }) =>
    c.openObjections > 0
      ? {
          ok: false,
          refusal: 'objection_open',
          message: `公示期间有${c.openObjections}条异议尚未处理，处理完毕后方可办理`,
          details: { openObjections: c.openObjections },
        }
      : ok,
  // 经县级住建部门组织鉴定确属 C 级或 D 级，或无房户（按方案）。
  house_eligible: ({ case: c, profile }) => {
    if (c.houseId === null) {
      return profile.coversHouseless
        ? ok
        : { ok: false, refusal: 'not_eligible', message: '本方案不支持无房户', details: { profileId: profile.id } }
    }
    if (c.appraisedGrade === null) {
      return { ok: false, refusal: 'not_appraised', message: '房屋尚未鉴定，鉴定为C级或D级后方可审批', details: {} }
    }
    return profile.eligibleGrades.includes(c.appraisedGrade)
      ? ok
      : {
          ok: false,
          refusal: 'not_eligible',
          message: `房屋鉴定为${c.appraisedGrade}级，不属于危房改造范围`,
          details: { grade: c.appraisedGrade },
        }
  },
  not_filed_by_actor: ({ case: c, actorId }) =>
    c.proxy?.officialId === actorId
      ? {
          ok: false,
          refusal: 'forbidden',
          message: '代为申请的工作人员不能再办理该户的村评议，请由村里其他工作人员办理',
          details: { proxy: true },
        }
      : ok,
  all_parties_confirmed: ({ case: c }) => {
    const missing = AGREEMENT_PARTIES.filter((p) => !c.agreementConfirmedBy.includes(p))
    return missing.length > 0
      ? { ok: false, refusal: 'agreement_unconfirmed', message: '协议尚待各方确认', details: { missing } }
      : ok
  },
  // 村集体评议: the village's approval or rejection is the meeting's decision, so the meeting is on the case.
  village_meeting_recorded: ({ case: c }) =>
    c.villageReview === null
      ? {
          ok: false,
          refusal: 'bad_input',
          message: '请填写村评议会议记录（日期、到会人数、表决票数、会议记录照片）',
          details: { field: 'meeting' },
        }
      : ok,
  // 申请人撤回: the household withdraws its own application; the village only one it filed on the household's behalf
  // (代为申请), for a person who cannot act for themselves.
  withdrawer_is_applicant: ({ case: c, actorRole }) =>
    actorRole === 'village' && c.appliedBy !== 'village'
      ? {
          ok: false,
          refusal: 'invalid_transition',
          message: '这份申请是农户本人提交的，只能由农户本人撤回',
          details: { proxy: false },
        }
      : ok,
}

/** The first refusal among the named guards, or ok. */
export function checkGuards(names: readonly GuardName[], input: GuardInput): GuardResult {
  for (const name of names) {
    const result = GUARDS[name](input)
    if (!result.ok) return result
  }
  return ok
}

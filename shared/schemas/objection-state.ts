import * as z from 'zod'

/* The states and outcomes alone, for the public contract (the main package) without the whole record's schema. */

/** 异议的处理结果: upheld (成立) or dismissed (不成立); an upheld one returns the case to the applicant or rejects it. */
export const ObjectionState = z.enum(['open', 'upheld', 'dismissed'])
export type ObjectionState = z.infer<typeof ObjectionState>

export const OBJECTION_STATE_LABEL: Record<ObjectionState, string> = {
  open: '待处理',
  upheld: '异议成立',
  dismissed: '异议不成立',
}

/** What an upheld objection does to the case. */
export const UpheldOutcome = z.enum(['return', 'reject'])
export type UpheldOutcome = z.infer<typeof UpheldOutcome>

export const UPHELD_OUTCOME_LABEL: Record<UpheldOutcome, string> = {
  return: '退回申请人补正',
  reject: '不予支持',
}

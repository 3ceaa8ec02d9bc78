import { Text } from '@tarojs/components'
import type { CaseState } from '@shared/schemas/application'
import { STATE_LABEL } from '@shared/domain/workflow/labels'
import './index.scss'

const TONE: Record<CaseState, 'ok' | 'warn' | 'bad' | 'info'> = {
  submitted: 'warn',
  returned: 'bad',
  village_approved: 'info',
  township_approved: 'info',
  county_approved: 'ok',
  agreement_signed: 'ok',
  under_construction: 'ok',
  accepted: 'ok',
  settled: 'ok',
  archived: 'info',
  rejected: 'bad',
  withdrawn: 'info',
  returned_by_township: 'bad',
  returned_by_county: 'bad',
  plan_chosen: 'ok',
  resettled: 'info',
  ineligible: 'info',
}

/** `label` is the state as read today (shared `statusLabel`), so a badge never says 公示中 after the window. */
export function StateBadge({ state, id, label }: { state: CaseState; id?: string; label?: string }) {
  return (
    <Text id={id} className={`badge badge--${TONE[state]}`}>
      {label ?? STATE_LABEL[state]}
    </Text>
  )
}

/** A coloured word: 公示中 / 已结束, 未读, … */
export function Badge({ tone, children, id }: { tone: 'ok' | 'warn' | 'bad' | 'info'; children: string; id?: string }) {
  return (
    <Text id={id} className={`badge badge--${tone}`}>
      {children}
    </Text>
  )
}

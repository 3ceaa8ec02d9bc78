import type { NotificationKind } from '@shared/schemas/notification'

/**
 * Subscribe-message template ids per message kind, set at build time (config/index.ts passes the
 * `TARO_APP_TEMPLATE_*` variables through); a kind without one is not asked for. The fields of each template:
 * docs/notifications.md.
 */
export const TEMPLATE_IDS: Readonly<Record<NotificationKind, string>> = {
  case_update: process.env.TARO_APP_TEMPLATE_CASE_UPDATE ?? '',
  funds_arrived: process.env.TARO_APP_TEMPLATE_FUNDS_ARRIVED ?? '',
  objection_resolved: process.env.TARO_APP_TEMPLATE_OBJECTION_RESOLVED ?? '',
  hazard_update: process.env.TARO_APP_TEMPLATE_HAZARD_UPDATE ?? '',
}

/** WeChat asks for at most 3 templates in one dialog. */
export const MAX_TEMPLATES_PER_ASK = 3

/** The configured template ids of these kinds, in order, without repeats, at most 3. */
export function templateIdsFor(kinds: readonly NotificationKind[], ids = TEMPLATE_IDS): string[] {
  const found = kinds.map((k) => ids[k]).filter((id) => id !== '')
  return [...new Set(found)].slice(0, MAX_TEMPLATES_PER_ASK)
}

export type Consent = 'accepted' | 'rejected' | 'skipped'

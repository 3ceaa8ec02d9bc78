/**
 * Every page of the mini-program, as Taro routes (leading slash, no query).
 * app.config.ts builds `pages` and `subPackages` from the same strings.
 */
export const ROUTES = {
  index: '/pages/index/index',
  login: '/pages/login/index',
  apply: '/pages/apply/index',
  cases: '/pages/cases/index',
  case: '/pages/case/index',
  board: '/pages/board/index',
  payments: '/pages/payments/index',
  messages: '/pages/messages/index',
  bind: '/pages/bind/index',
  inbox: '/packages/official/pages/inbox/index',
  review: '/packages/official/pages/review/index',
  payable: '/packages/finance/pages/payable/index',
  pay: '/packages/finance/pages/pay/index',
  adminUsers: '/packages/admin/pages/users/index',
  bindCode: '/packages/admin/pages/bind-code/index',
} as const

export type RouteName = keyof typeof ROUTES
export type Route = (typeof ROUTES)[RouteName]

/** Subpackage roots: official pages and finance pages load only when someone opens them. */
export const SUBPACKAGES = {
  official: 'packages/official',
  finance: 'packages/finance',
  admin: 'packages/admin',
} as const

/** `routeTo('case', { caseId })` → `/pages/case/index?caseId=…` */
export function routeTo(name: RouteName, query?: Record<string, string>): string {
  const q = query
    ? Object.entries(query)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join('&')
    : ''
  return q ? `${ROUTES[name]}?${q}` : ROUTES[name]
}

/**
 * Every page of the mini-program, once: its Taro path (leading slash, no query) and the query parameters it reads.
 * Messages (shared/usecases/notify.ts) link to pages with `link`; pages read their parameters with `paramsOf`;
 * client/app.config.ts builds `pages` and `subPackages` from the same paths.
 */
export const ROUTES = {
  index: { path: '/pages/index/index', params: [] },
  login: { path: '/pages/login/index', params: [] },
  apply: { path: '/pages/apply/index', params: [] },
  cases: { path: '/pages/cases/index', params: [] },
  case: { path: '/pages/case/index', params: ['caseId'] },
  agreement: { path: '/packages/household/pages/agreement/index', params: ['caseId'] },
  plan: { path: '/packages/household/pages/plan/index', params: ['caseId'] },
  board: { path: '/pages/board/index', params: [] },
  payments: { path: '/pages/payments/index', params: [] },
  messages: { path: '/pages/messages/index', params: [] },
  bind: { path: '/pages/bind/index', params: [] },
  notice: { path: '/packages/public/pages/notice/index', params: ['noticeId'] },
  myObjections: { path: '/packages/public/pages/my-objections/index', params: [] },
  hazardReport: { path: '/packages/public/pages/hazard-report/index', params: [] },
  hazardBoard: { path: '/packages/public/pages/hazard-board/index', params: ['regionPath'] },
  myHazards: { path: '/packages/public/pages/my-hazards/index', params: [] },
  inbox: { path: '/packages/review/pages/inbox/index', params: [] },
  review: { path: '/packages/review/pages/review/index', params: ['caseId'] },
  objections: { path: '/packages/review/pages/objections/index', params: [] },
  works: { path: '/packages/review/pages/works/index', params: [] },
  objection: { path: '/packages/review/pages/objection/index', params: ['objectionId', 'caseId'] },
  payable: { path: '/packages/finance/pages/payable/index', params: [] },
  pay: { path: '/packages/finance/pages/pay/index', params: ['caseId'] },
  funds: { path: '/packages/finance/pages/funds/index', params: [] },
  batch: { path: '/packages/finance/pages/batch/index', params: ['batchId'] },
  reconcile: { path: '/packages/finance/pages/reconcile/index', params: [] },
  adminUsers: { path: '/packages/admin/pages/users/index', params: [] },
  bindCode: { path: '/packages/admin/pages/bind-code/index', params: [] },
  appraisalInbox: { path: '/packages/appraisal/pages/inbox/index', params: [] },
  appraisalRecord: { path: '/packages/appraisal/pages/record/index', params: ['appraisalId'] },
  appraisalOrder: { path: '/packages/appraisal/pages/order/index', params: ['houseId', 'villagePath'] },
  appraisalExempt: { path: '/packages/appraisal/pages/exempt/index', params: ['houseId', 'caseId'] },
  campaigns: { path: '/packages/oversight/pages/campaigns/index', params: [] },
  inspect: { path: '/packages/oversight/pages/inspect/index', params: [] },
  ledger: { path: '/packages/oversight/pages/ledger/index', params: [] },
  houseRecord: { path: '/packages/oversight/pages/house-record/index', params: ['houseId'] },
  hazardInbox: { path: '/packages/oversight/pages/hazard-inbox/index', params: [] },
  hazard: { path: '/packages/oversight/pages/hazard/index', params: ['reportId'] },
  profile: { path: '/packages/admin/pages/profile/index', params: [] },
  benefits: { path: '/packages/admin/pages/benefits/index', params: [] },
  calendar: { path: '/packages/admin/pages/calendar/index', params: [] },
} as const satisfies Record<string, { path: string; params: readonly string[] }>

export type RouteName = keyof typeof ROUTES

/** The parameters a page reads, each a string. */
export type ParamsOf<N extends RouteName> = { [K in (typeof ROUTES)[N]['params'][number]]: string }

/** A page without parameters takes none; a page with some takes exactly those. */
type LinkArgs<N extends RouteName> = (typeof ROUTES)[N]['params'] extends readonly [] ? [] : [params: ParamsOf<N>]

export function pathOf(name: RouteName): string {
  return ROUTES[name].path
}

/** `link('case', { caseId })` → `/pages/case/index?caseId=…`; the parameters are checked against the route. */
export function link<N extends RouteName>(name: N, ...args: LinkArgs<N>): string {
  const route = ROUTES[name]
  const given = (args[0] ?? {}) as Record<string, string>
  const query = route.params.map((k: string) => `${encodeURIComponent(k)}=${encodeURIComponent(given[k] ?? '')}`).join('&')
  return query ? `${route.path}?${query}` : route.path
}

/**
 * The parameters a page reads, from the query the router gives it (`useRouter().params`, already decoded):
 * exactly the route's names, a missing one as ''.
 */
export function paramsOf<N extends RouteName>(name: N, query: Partial<Record<string, string | undefined>>): ParamsOf<N> {
  const params = ROUTES[name].params as readonly string[]
  return Object.fromEntries(params.map((k) => [k, query[k] ?? ''])) as ParamsOf<N>
}

/** The route a path names (with or without the leading slash and a query), or null for no page of the app. */
export function routeOf(page: string): RouteName | null {
  const path = `/${page.replace(/^\//, '').split('?')[0]}`
  const found = (Object.keys(ROUTES) as RouteName[]).find((n) => ROUTES[n].path === path)
  return found ?? null
}

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import { paramsOf, ROUTES, type RouteName, routeOf } from '@shared/routes'
import { NotificationKind } from '@shared/schemas/notification'
import type { Payment } from '@shared/schemas/payment'
import { newApplication } from '@shared/usecases/new-application'
import { MESSAGE_BUILDERS } from '@shared/usecases/notify'
import { aCase as aCaseIn, aNotice } from '../factories/case.factory'
import { aHazardReport } from '../factories/hazard.factory'
import { aHousehold } from '../factories/household.factory'
import { anObjection } from '../factories/objection.factory'
import { aUser } from '../factories/user.factory'

const ROOT = join(__dirname, '../..')

const farmer = aUser()
const aCase = () =>
  newApplication({
    id: 'case-000123',
    household: aHousehold(),
    house: null,
    villageName: '东村',
    applicant: farmer,
    targetGroup: 'min_allowance',
    mode: 'repair',
    reason: '墙体开裂漏雨',
    photoIds: [],
    profile: LUOZHUANG_2020,
    at: '2026-03-02T02:00:00.000Z',
    today: '2026-03-02',
  })
const aPayment = (): Payment => {
  const c = aCase()
  return {
    _id: 'pay-1',
    caseId: c._id,
    caseNo: c.caseNo,
    householdId: c.householdId,
    regionPath: c.regionPath,
    region: c.region,
    amountFen: 500_000,
    stage: 'start',
    fundingSource: 'higher_level',
    payeeType: 'household',
    payeeAccountMasked: '6217********1234',
    disbursementId: null,
    paidOn: '2026-03-02',
    voucherNo: 'PZ2026-0001',
    recordedBy: 'u-finance',
    createdAt: '2026-03-02T02:00:00.000Z',
    seq: '1',
  }
}

type Builders = typeof MESSAGE_BUILDERS
/** One sample per message kind (the type makes a new kind fail to compile until it has one) and what its link carries. */
const SAMPLES: { [K in keyof Builders]: { args: () => Parameters<Builders[K]>; carries: Record<string, string> } } = {
  funds_arrived: { args: () => [farmer._id, aPayment()], carries: {} },
  case_update: { args: () => [farmer._id, aCase(), '村民代表会议评议通过'], carries: { caseId: 'case-000123' } },
  objection_resolved: {
    args: () => [farmer._id, anObjection(aNotice(aCaseIn('village_approved')), { state: 'dismissed' })],
    carries: {},
  },
  hazard_update: { args: () => ['wx-reporter', aHazardReport({ status: 'verifying' }), '村委会已安排上门核实'], carries: {} },
}

/** The pages a build registers, main package and subpackages, as paths with a leading slash. */
function pagesOf(taroEnv: 'weapp' | 'h5'): string[] {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = taroEnv
  ;(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c
  try {
    let config: { pages: string[]; subPackages: { root: string; pages: string[] }[] } | undefined
    jest.isolateModules(() => {
      config = require('../../client/app.config').default
    })
    if (!config) throw new Error('app.config did not load')
    return [...config.pages, ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))].map((p) => `/${p}`)
  } finally {
    process.env.TARO_ENV = previous
  }
}

const builderOf = (kind: NotificationKind) => MESSAGE_BUILDERS[kind] as (...args: unknown[]) => ReturnType<Builders[typeof kind]>
const sampleOf = (kind: NotificationKind) => SAMPLES[kind] as { args: () => unknown[]; carries: Record<string, string> }

describe('every message links to a real page with the parameters it reads', () => {
  const pages = { weapp: pagesOf('weapp'), h5: pagesOf('h5') }

  it('has a builder and a sample for every message kind', () => {
    expect(Object.keys(MESSAGE_BUILDERS).sort()).toEqual([...NotificationKind.options].sort())
    expect(Object.keys(SAMPLES).sort()).toEqual([...NotificationKind.options].sort())
  })

  it.each(NotificationKind.options)('%s', (kind) => {
    const sample = sampleOf(kind)
    const message = builderOf(kind)(...sample.args())
    expect(message.kind).toBe(kind)
    const [path, search = ''] = message.page.split('?')
    const route = routeOf(message.page)
    expect(route).not.toBeNull()
    for (const built of Object.values(pages)) expect(built).toContain(path)

    const query = Object.fromEntries(new URLSearchParams(search))
    expect(Object.keys(query).sort()).toEqual([...ROUTES[route as RouteName].params].sort())
    // What the page itself reads from that link: the shared reader over the router's (decoded) query.
    expect(paramsOf(route as RouteName, query)).toEqual(sample.carries)
  })
})

describe('every route is a page that reads its parameters through the shared reader', () => {
  const pages = pagesOf('h5')

  it.each(Object.keys(ROUTES) as RouteName[])('%s', (name) => {
    const { path, params } = ROUTES[name]
    expect(pages).toContain(path)
    const file = join(ROOT, 'client', `${path}.tsx`)
    expect(existsSync(file)).toBe(true)
    const source = readFileSync(file, 'utf8')
    expect(source).not.toMatch(/useRouter\(\)\.params\./)
    if (params.length > 0) expect(source).toContain(`paramsOf('${name}', useRouter().params)`)
    else expect(source).not.toMatch(/useRouter\(\)/)
  })
})

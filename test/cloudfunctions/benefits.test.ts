import { IMPORT_COLUMNS } from '@shared/api/benefits.api'
import { col } from '@shared/usecases/collections'
import { aWorld, USERS, type World } from '../factories/world.factory'
import { anIdNumber } from '../factories/household.factory'
import { snapshot } from '../factories/world.factory'
import { caller, dataOf, type WorldCall } from './call'
import type { SchemeName } from '@shared/usecases/profiles'

function countyRunning(scheme: SchemeName) {
  const t = {} as { world: World; call: WorldCall }
  beforeEach(async () => {
    t.world = await aWorld('2026-11-23', { scheme })
    t.call = caller(t.world)
  })
  afterEach(() => t.world.close())
  return t
}

/** hh-1's head (world.factory): anIdNumber(1). */
const HEAD_OF_HH1 = anIdNumber(1)
const header = IMPORT_COLUMNS.join(',')

describe('the benefit register', () => {
  const t = countyRunning('district')

  it('benefits.record: county and township officials enter a line; the same line twice is refused', async () => {
    const line = {
      action: 'record',
      idNumber: HEAD_OF_HH1,
      name: '张三',
      programme: 'dilapidated_renovation',
      year: 2019,
      amountFen: 1_200_000,
      source: 'provincial',
    }
    const view = dataOf(await t.call('benefits', USERS.townshipA._id, line))
    expect(view).toMatchObject({
      programme: 'dilapidated_renovation',
      year: 2019,
      via: 'app',
      enteredByName: USERS.townshipA.name,
    })
    // Officials recognise the person by name; the number is masked in every answer.
    expect(view.idNumberMasked).not.toBe(HEAD_OF_HH1)
    expect(JSON.stringify(view)).not.toContain(HEAD_OF_HH1)
    expect(await t.call('benefits', USERS.county._id, line)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    expect(await t.call('benefits', USERS.villageA1._id, line)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await col(t.world.store, 'benefits').count()).toBe(1)
  })

  it('benefits.import: imports every row of a good CSV file (labels as the departments write them)', async () => {
    const csv = [
      `\uFEFF${header}`,
      `${HEAD_OF_HH1},张三,农村危房改造,2019,"12,000",省级,`,
      `${anIdNumber(12)},李秀英,因灾倒损农房恢复重建,2022,30000.50,中央资金,洪灾`,
    ].join('\r\n')
    expect(dataOf(await t.call('benefits', USERS.county._id, { action: 'import', csv }))).toEqual({ imported: 2, failures: [] })
    const rows = await col(t.world.store, 'benefits').limit(10).get()
    expect(rows.map((r) => [r.programme, r.amountFen, r.source, r.via]).sort()).toEqual([
      ['dilapidated_renovation', 1_200_000, 'provincial', 'import'],
      ['disaster_reconstruction', 3_000_050, 'central', 'import'],
    ])
  })

  it('benefits.import: with bad rows, names each failing row and why, and imports nothing', async () => {
    dataOf(
      await t.call('benefits', USERS.county._id, {
        action: 'record',
        idNumber: anIdNumber(30),
        name: '赵六',
        programme: 'relocation',
        year: 2018,
        amountFen: 100,
        source: 'central',
      }),
    )
    const before = await snapshot(t.world.store)
    const csv = [
      header,
      `${HEAD_OF_HH1},张三,农村危房改造,2019,12000,省级,`, // good
      '110105194912310021,李四,农村危房改造,2019,12000,省级,', // wrong check character
      `${anIdNumber(13)},王五,盖房补贴,2019,12000,省级,`, // unknown programme
      `${anIdNumber(14)},赵四,农村危房改造,2019,12000.123,省级,`, // amount with three decimals
      `${anIdNumber(15)},钱七,农村危房改造,1890,12000,省级,`, // year
      `${anIdNumber(16)},孙八,农村危房改造,2019,12000,乡级,`, // source
      `${HEAD_OF_HH1},张三,农村危房改造,2019,12000,省级,`, // the same line twice in the file
      `${anIdNumber(30)},赵六,易地扶贫搬迁,2018,1.00,中央,`, // already in the register
    ].join('\n')
    const answer = dataOf(await t.call('benefits', USERS.county._id, { action: 'import', csv }))
    expect(answer.imported).toBe(0)
    expect(answer.failures.map((f: { row: number }) => f.row)).toEqual([3, 4, 5, 6, 7, 8, 9])
    const reasons = answer.failures.map((f: { reason: string }) => f.reason)
    expect(reasons[0]).toContain('校验位')
    expect(reasons[1]).toContain('盖房补贴')
    expect(reasons[2]).toContain('12000.123')
    expect(reasons[3]).toContain('年度')
    expect(reasons[4]).toContain('乡级')
    expect(reasons[5]).toBe('与第2行重复')
    expect(reasons[6]).toContain('已在登记册中')
    // Nothing half-imported: the good row is not there either.
    expect(await snapshot(t.world.store)).toEqual(before)
  })

  it('benefits.import: refuses a file without the header line', async () => {
    const answer = await t.call('benefits', USERS.county._id, {
      action: 'import',
      csv: `${HEAD_OF_HH1},张三,农村危房改造,2019,1,省级,`,
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })
})

describe.each(['district', 'city'] as const)('benefits.check (%s scheme)', (scheme) => {
  const t = countyRunning(scheme)

  it('tells an official what an ID number received and what the rule says', async () => {
    const idNumber = anIdNumber(12)
    dataOf(
      await t.call('benefits', USERS.county._id, {
        action: 'record',
        idNumber,
        name: '李秀英',
        programme: 'disaster_reconstruction',
        year: 2022,
        amountFen: 3_000_000,
        source: 'central',
      }),
    )
    const answer = dataOf(await t.call('benefits', USERS.townshipA._id, { action: 'check', idNumber }))
    expect(answer.benefits).toHaveLength(1)
    if (scheme === 'city') {
      expect(answer.rule).toContain('因灾倒损农房恢复重建')
      expect(answer.verdict).toMatchObject({ ok: false, fundingSource: null })
    } else {
      expect(answer.rule).toContain('由本级财政进行补助')
      expect(answer.verdict).toMatchObject({ ok: true, fundingSource: 'local' })
    }
  })

  it("checks a household's persons inside the caller's jurisdiction only", async () => {
    const inside = dataOf(await t.call('benefits', USERS.villageA1._id, { action: 'check', householdId: 'hh-1' }))
    expect(inside).toMatchObject({ benefits: [], verdict: { ok: true } })
    expect(await t.call('benefits', USERS.villageB1._id, { action: 'check', householdId: 'hh-1' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

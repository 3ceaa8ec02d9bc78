import { col, withoutId } from '@shared/usecases/collections'
import { caseProfile } from '@shared/usecases/case-profile'
import type { SchemeName } from '@shared/usecases/profiles'
import { aCase } from '../factories/case.factory'
import { aWorld, PATHS, USERS, type World } from '../factories/world.factory'
import { seededWorld, NEIGHBOUR } from '../factories/seeded-world.factory'
import { caller, dataOf, type WorldCall } from './call'

/** A fresh county running `scheme` for every test. */
function countyRunning(scheme: SchemeName, today = '2026-11-23') {
  const t = {} as { world: World; call: WorldCall }
  beforeEach(async () => {
    t.world = await aWorld(today, { scheme })
    t.call = caller(t.world)
  })
  afterEach(() => t.world.close())
  return t
}

const SCHEME_ID: Record<SchemeName, string> = { district: 'luozhuang-2020', city: 'hegang-2021' }

describe.each(['district', 'city'] as const)('policy profiles as data (%s scheme)', (scheme) => {
  const t = countyRunning(scheme)

  it('profile.inForce: county officials read the version in force in their county', async () => {
    const answer = dataOf(await t.call('profile', USERS.county._id, { action: 'inForce' }))
    expect(answer.profile).toMatchObject({ id: `${PATHS.county}-${SCHEME_ID[scheme]}-v1`, version: 1, county: PATHS.county })
    expect(answer.versions).toEqual([expect.objectContaining({ version: 1, inForce: true })])
    // Anyone who needs it for a page reads the same version (a village official, a farmer of the county).
    for (const who of [USERS.villageA1, USERS.farmer]) {
      expect(dataOf(await t.call('profile', who._id, { action: 'inForce' })).profile.id).toBe(answer.profile.id)
    }
  })

  it('profile.publish: a new version with a future date takes effect on that date, the old one stays as it was', async () => {
    const before = dataOf(await t.call('profile', USERS.county._id, { action: 'inForce' })).profile
    const v2 = dataOf(
      await t.call('profile', USERS.admin._id, {
        action: 'publish',
        effectiveFrom: '2026-12-01',
        note: '提高加固改造补助上限',
        repairCapFen: 2_000_000,
      }),
    )
    expect(v2).toMatchObject({
      version: 2,
      repairCapFen: 2_000_000,
      effectiveFrom: '2026-12-01',
      publishedByName: USERS.admin.name,
    })
    // Everything not changed is carried over from the version it follows.
    expect(v2.targetGroups).toEqual(before.targetGroups)
    expect(v2.doubleBenefit).toEqual(before.doubleBenefit)
    expect((await col(t.world.store, 'profiles').doc(before.id).get())?.repairCapFen).toBe(before.repairCapFen)
    expect(dataOf(await t.call('profile', USERS.county._id, { action: 'inForce' })).profile.version).toBe(1)
    t.world.clock.moveTo('2026-12-01')
    const later = dataOf(await t.call('profile', USERS.county._id, { action: 'inForce' }))
    expect(later.profile.version).toBe(2)
    expect(later.versions.map((v: { version: number; inForce: boolean }) => [v.version, v.inForce])).toEqual([
      [2, true],
      [1, false],
    ])
  })

  it('profile.publish: never edits a version in use (no date before today, none before the latest version)', async () => {
    const past = await t.call('profile', USERS.admin._id, {
      action: 'publish',
      effectiveFrom: '2026-11-22',
      note: '改错日期的版本',
    })
    expect(past).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    dataOf(await t.call('profile', USERS.admin._id, { action: 'publish', effectiveFrom: '2027-01-01', note: '明年起执行' }))
    const before = await t.call('profile', USERS.admin._id, {
      action: 'publish',
      effectiveFrom: '2026-12-01',
      note: '插到前面的版本',
    })
    expect(before).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    // The latest version's own date is allowed: on a shared date the higher version wins, as an amendment would.
    const amended = dataOf(
      await t.call('profile', USERS.admin._id, { action: 'publish', effectiveFrom: '2027-01-01', note: '同日修订' }),
    )
    expect(amended.version).toBe(3)
    t.world.clock.moveTo('2027-01-01')
    expect(dataOf(await t.call('profile', USERS.county._id, { action: 'inForce' })).profile.version).toBe(3)
  })

  it('profile.publish: checks the result as a whole profile', async () => {
    const bad = await t.call('profile', USERS.admin._id, {
      action: 'publish',
      effectiveFrom: '2026-12-01',
      note: '面积标准调整',
      areaStandard: [
        { maxPersons: 4, areaM2: 60 },
        { maxPersons: 2, areaM2: 40 },
        { maxPersons: null, areaM2: 80 },
      ],
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('profile.publish: only the administrator publishes, and the publication is on the audit trail', async () => {
    const input = { action: 'publish', effectiveFrom: '2026-12-01', note: '提高补助标准' }
    expect(await t.call('profile', USERS.county._id, input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const v2 = dataOf(await t.call('profile', USERS.admin._id, input))
    const entries = await col(t.world.store, 'audit').limit(1000).get()
    const entry = entries.find((e) => JSON.stringify(e).includes(v2.id))
    expect(entry).toMatchObject({ call: 'profile.publish' })
  })

  it('a case records the profile version it was filed under and keeps it after a new version', async () => {
    const filed = dataOf(
      await t.call('application', USERS.farmer._id, {
        action: 'submit',
        houseId: 'house-1',
        targetGroup: 'min_allowance',
        mode: 'repair',
        reason: '墙体开裂，屋顶漏雨',
      }),
    )
    expect(filed.policyProfileId).toBe(`${PATHS.county}-${SCHEME_ID[scheme]}-v1`)
    dataOf(
      await t.call('profile', USERS.admin._id, {
        action: 'publish',
        effectiveFrom: '2026-11-23',
        note: '当日生效的新版本',
        repairCapFen: 1,
      }),
    )
    const stored = (await col(t.world.store, 'cases').doc(filed._id).get())!
    expect(stored.policyProfileId).toBe(filed.policyProfileId)
    const profile = await caseProfile(t.world.deps, stored, '2026-11-23')
    expect(profile).toMatchObject({ version: 1, id: filed.policyProfileId })
    expect(profile.repairCapFen).not.toBe(1)
  })
})

describe('which county runs which profile', () => {
  it('reads each county its own profile, and a case of a county gives that county’s version', async () => {
    const world = await seededWorld()
    try {
      const call = caller(world)
      expect(dataOf(await call('profile', USERS.county._id, { action: 'inForce' })).profile.scheme).toBe('luozhuang-2020')
      const other = await caseProfile(
        world.deps,
        {
          policyProfileId: 'not-a-version',
          region: { county: NEIGHBOUR.county, township: NEIGHBOUR.township, village: NEIGHBOUR.village },
        },
        '2026-11-23',
      )
      expect(other.id).toBe(`${NEIGHBOUR.county}-hegang-2021-v1`)
      // A case from before profiles were stored names a built-in profile and keeps it.
      const legacy = aCase('submitted', { _id: 'case-legacy' })
      await col(world.store, 'cases').doc(legacy._id).set(withoutId(legacy))
      expect((await caseProfile(world.deps, legacy, '2026-11-23')).id).toBe('luozhuang-2020')
    } finally {
      world.close()
    }
  })
})

import { col, withoutId } from '@shared/usecases/collections'
import { indexMembers } from '@shared/usecases/member-index'
import type { SchemeName } from '@shared/usecases/profiles'
import { aCase } from '../factories/case.factory'
import { aHousehold, aPerson, anIdNumber } from '../factories/household.factory'
import { aWorld, PATHS, USERS, type World } from '../factories/world.factory'
import { caller, dataOf, type WorldCall } from './call'
import { anAllocation } from '../factories/funds.factory'

function countyRunning(scheme: SchemeName) {
  const t = {} as { world: World; call: WorldCall }
  beforeEach(async () => {
    t.world = await aWorld('2026-11-23', { scheme })
    t.call = caller(t.world)
  })
  afterEach(() => t.world.close())
  return t
}

const farmerFiles = (call: WorldCall, more: Record<string, unknown> = {}) =>
  call('application', USERS.farmer._id, {
    action: 'submit',
    houseId: 'house-1',
    targetGroup: 'min_allowance',
    mode: 'repair',
    reason: '墙体开裂，屋顶漏雨',
    ...more,
  })

/** A register line for a person of hh-1 (world.factory: anIdNumber(1..3)). */
const benefitFor = (programme: string, source: string, year = 2019) => ({
  action: 'record',
  idNumber: anIdNumber(2),
  name: '李秀英',
  programme,
  year,
  amountFen: 1_000_000,
  source,
})

const SCHEME_ID: Record<SchemeName, string> = { district: 'luozhuang-2020', city: 'hegang-2021' }

/** hh-1's case waiting for county approval under the county's version 1, its publicity over. */
async function caseAtCounty(world: World, scheme: SchemeName): Promise<string> {
  const c = aCase('township_approved', {
    policyProfileId: `${PATHS.county}-${SCHEME_ID[scheme]}-v1`,
    _id: 'case-at-county',
    householdId: 'hh-1',
    houseId: 'house-1',
    regionPath: PATHS.villageA1,
    mode: 'repair',
    gradeAtApplication: 'C',
    householdSize: 3,
    publicityClosesOn: '2026-11-20',
  })
  await col(world.store, 'cases').doc(c._id).set(withoutId(c))
  await col(world.store, 'households').doc('hh-1').update({ activeCaseId: c._id })
  return c._id
}

const countyApproves = (call: WorldCall, caseId: string) =>
  call('review', USERS.county._id, { action: 'decide', caseId, decision: 'approve', comment: '县级审批通过' })

describe.each(['district', 'city'] as const)('who may apply (%s scheme)', (scheme) => {
  const t = countyRunning(scheme)

  it("offers on the form only the target groups of the county's profile, each with its verifying department", async () => {
    const option = dataOf(await t.call('application', USERS.farmer._id, { action: 'myHousehold' }))
    const groups = option.profileGroups.map((g: { group: string }) => g.group)
    expect(groups).toEqual(
      scheme === 'city' ? expect.arrayContaining(['at_risk', 'allowance_marginal']) : expect.arrayContaining(['poor_registered']),
    )
    expect(groups).not.toContain(scheme === 'city' ? 'poor_registered' : 'at_risk')
    expect(option.profileGroups.find((g: { group: string }) => g.group === 'min_allowance')).toEqual({
      group: 'min_allowance',
      department: '民政部门',
    })
  })

  it('a village official applying on behalf of a person who cannot must say why, and the case records who and why', async () => {
    const input = {
      action: 'submit',
      householdId: 'hh-3',
      houseId: 'house-3',
      targetGroup: 'poor_disabled',
      mode: 'rebuild',
      reason: '房屋主体结构严重损坏',
    }
    if (scheme === 'city') {
      // 贫困残疾人家庭 is a district group; the city scheme covers the household as 低保户 instead.
      await col(t.world.store, 'households')
        .doc('hh-3')
        .update({ targetGroups: ['min_allowance'] })
      input.targetGroup = 'min_allowance'
    }
    const missing = await t.call('application', USERS.villageB1._id, input)
    expect(missing).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
    const filed = dataOf(await t.call('application', USERS.villageB1._id, { ...input, proxyReason: '户主失智，无法自己申请' }))
    expect(filed.proxy).toEqual({
      officialId: USERS.villageB1._id,
      officialName: USERS.villageB1.name,
      reason: '户主失智，无法自己申请',
    })
    expect(dataOf(await farmerFiles(t.call)).proxy).toBeNull()
  })

  it('flags an ID number listed in another household of the county to the township and county, not the household', async () => {
    const other = aHousehold({
      _id: 'hh-dup',
      regionPath: PATHS.villageB1,
      headName: '钱九',
      members: [
        aPerson({ name: '钱九', idNumber: anIdNumber(40) }),
        aPerson({ name: '李秀英', relation: 'spouse', idNumber: anIdNumber(2) }),
      ],
      houseIds: [],
    })
    await col(t.world.store, 'households').doc(other._id).set(withoutId(other))
    await indexMembers(t.world.store, [other])
    const filed = dataOf(await farmerFiles(t.call))
    expect(filed.flags).toEqual([
      expect.objectContaining({
        kind: 'id_in_other_household',
        otherHouseholdId: 'hh-dup',
        otherCaseId: null,
        raisedOn: '2026-11-23',
      }),
    ])
    expect(filed.flags[0].idNumberMasked).not.toBe(anIdNumber(2))
    const forTownship = dataOf(await t.call('application', USERS.townshipA._id, { action: 'detail', caseId: filed._id }))
    expect(forTownship.case.flags).toHaveLength(1)
    const forCounty = dataOf(await t.call('application', USERS.county._id, { action: 'detail', caseId: filed._id }))
    expect(forCounty.case.flags).toHaveLength(1)
    const forFarmer = dataOf(await t.call('application', USERS.farmer._id, { action: 'detail', caseId: filed._id }))
    expect(forFarmer.case.flags).toEqual([])
  })

  it('flags an ID number in two open cases of the county on both cases', async () => {
    const other = aHousehold({
      _id: 'hh-dup',
      regionPath: PATHS.villageB1,
      headName: '钱九',
      members: [
        aPerson({ name: '钱九', idNumber: anIdNumber(40) }),
        aPerson({ name: '张小明', relation: 'child', idNumber: anIdNumber(3) }),
      ],
      houseIds: [],
      activeCaseId: 'case-dup',
    })
    const openCase = aCase('submitted', { _id: 'case-dup', householdId: 'hh-dup', regionPath: PATHS.villageB1, houseId: null })
    await col(t.world.store, 'households').doc(other._id).set(withoutId(other))
    await col(t.world.store, 'cases').doc(openCase._id).set(withoutId(openCase))
    await indexMembers(t.world.store, [other])
    const filed = dataOf(await farmerFiles(t.call))
    expect(filed.flags).toEqual([expect.objectContaining({ kind: 'id_in_other_open_case', otherCaseId: 'case-dup' })])
    const theOther = (await col(t.world.store, 'cases').doc('case-dup').get())!
    expect(theOther.flags).toEqual([
      expect.objectContaining({ kind: 'id_in_other_open_case', otherCaseId: filed._id, otherHouseholdId: 'hh-1' }),
    ])
  })

  it('does not flag a person listed in a household of another county', async () => {
    const elsewhere = aHousehold({
      _id: 'hh-far',
      regionPath: '371312.101.201',
      members: [aPerson({ idNumber: anIdNumber(2) })],
      houseIds: [],
    })
    await col(t.world.store, 'households').doc(elsewhere._id).set(withoutId(elsewhere))
    await indexMembers(t.world.store, [elsewhere])
    expect(dataOf(await farmerFiles(t.call)).flags).toEqual([])
  })
})

describe('no double benefit at filing', () => {
  describe('city scheme', () => {
    const t = countyRunning('city')

    it('refuses a household already in the disaster-reconstruction subsidy, with the explanation', async () => {
      dataOf(await t.call('benefits', USERS.county._id, benefitFor('disaster_reconstruction', 'central', 2022)))
      const refused = await farmerFiles(t.call)
      expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } })
      if (!refused.ok) expect(refused.error.message).toContain('因灾倒损农房恢复重建')
      expect(await col(t.world.store, 'cases').count()).toBe(0)
    })

    it('includes a house renovated before and damaged again by a small natural disaster, recorded as a re-inclusion', async () => {
      dataOf(await t.call('benefits', USERS.county._id, benefitFor('dilapidated_renovation', 'provincial', 2016)))
      expect(await farmerFiles(t.call)).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } })
      const filed = dataOf(await farmerFiles(t.call, { reinclusionReason: '今年夏天暴雨，后墙再次开裂' }))
      expect(filed.reinclusion).toEqual({ reason: '今年夏天暴雨，后墙再次开裂', priorBenefitIds: [expect.any(String)] })
      expect(filed.fundingSource).toBe('higher_level')
    })
  })

  describe('district scheme', () => {
    const t = countyRunning('district')

    it('funds a household that already had higher-level housing money from district finance and says why', async () => {
      dataOf(await t.call('benefits', USERS.county._id, benefitFor('dilapidated_renovation', 'municipal', 2018)))
      const filed = dataOf(await farmerFiles(t.call))
      expect(filed.fundingSource).toBe('local')
      expect(filed.fundingReason).toContain('由本级财政补助')
      const detail = dataOf(await t.call('application', USERS.county._id, { action: 'detail', caseId: filed._id }))
      expect(detail.case).toMatchObject({ fundingSource: 'local', fundingReason: filed.fundingReason })
    })

    it('keeps higher-level funds for a household the register does not know', async () => {
      expect(dataOf(await farmerFiles(t.call))).toMatchObject({ fundingSource: 'higher_level', reinclusion: null })
    })
  })
})

describe('no double benefit at county approval', () => {
  describe('district scheme', () => {
    const t = countyRunning('district')

    it('moves a case to local finance when higher-level money was entered while it ran, and payment follows it', async () => {
      const caseId = await caseAtCounty(t.world, 'district')
      dataOf(await t.call('benefits', USERS.townshipA._id, benefitFor('other_housing', 'central', 2020)))
      const approved = dataOf(await countyApproves(t.call, caseId))
      expect(approved).toMatchObject({ state: 'county_approved', fundingSource: 'local' })
      expect(approved.fundingReason).toContain('中央资金')
      await anAllocation(t.world.store, caseId, 500_000)
      const pay = (fundingSource: string, voucherNo: string) =>
        t.call('payment', USERS.finance._id, {
          action: 'record',
          caseId,
          amountFen: 100_000,
          stage: 'start',
          fundingSource,
          paidOn: '2026-11-23',
          voucherNo,
        })
      expect(await pay('higher_level', 'PZ-001')).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
      expect((await pay('local', 'PZ-002')).ok).toBe(true)
    })
  })

  describe('city scheme', () => {
    const t = countyRunning('city')

    it('refuses approval when the disaster-reconstruction subsidy was entered while the case ran', async () => {
      const caseId = await caseAtCounty(t.world, 'city')
      dataOf(await t.call('benefits', USERS.townshipA._id, benefitFor('disaster_reconstruction', 'central', 2025)))
      expect(await countyApproves(t.call, caseId)).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } })
      expect((await col(t.world.store, 'cases').doc(caseId).get())?.state).toBe('township_approved')
    })

    it('approves a case the register has nothing against, with higher-level funds', async () => {
      const caseId = await caseAtCounty(t.world, 'city')
      expect(dataOf(await countyApproves(t.call, caseId))).toMatchObject({
        state: 'county_approved',
        fundingSource: 'higher_level',
      })
    })
  })
})

import { withCheckChar } from '@shared/domain/id-number'
import { regionRefOf } from '@shared/domain/jurisdiction'
import type { Household, Person, TargetGroup } from '@shared/schemas/household'
import type { House } from '@shared/schemas/house'
import type { Region } from '@shared/schemas/region'
import type { User } from '@shared/schemas/user'

/**
 * The demo county for the local run: two townships, four villages, three farmers who can sign in,
 * one household that cannot (the village applies for it), and one official of every kind.
 * Names and numbers are invented.
 */
const COUNTY = '371399'
export const DEMO_COUNTY = COUNTY
const CHENGGUAN = `${COUNTY}.101`
const HEKOU = `${COUNTY}.102`
const DONGCUN = `${CHENGGUAN}.201`
const XICUN = `${CHENGGUAN}.202`
const NANZHUANG = `${HEKOU}.201`
const BEILING = `${HEKOU}.202`

export const DEMO_REGIONS: Region[] = [
  { _id: COUNTY, name: '安居县', level: 'county', parent: null },
  { _id: CHENGGUAN, name: '城关镇', level: 'township', parent: COUNTY },
  { _id: HEKOU, name: '河口镇', level: 'township', parent: COUNTY },
  { _id: DONGCUN, name: '东村', level: 'village', parent: CHENGGUAN },
  { _id: XICUN, name: '西村', level: 'village', parent: CHENGGUAN },
  { _id: NANZHUANG, name: '南庄村', level: 'village', parent: HEKOU },
  { _id: BEILING, name: '北岭村', level: 'village', parent: HEKOU },
]

type HouseholdSeed = {
  id: string
  village: string
  members: Array<[name: string, relation: Person['relation']]>
  groups: TargetGroup[]
  account: string
  higherLevelBefore?: boolean
  house: { grade: House['grades'][number]['grade']; areaM2: number; structure: House['structure']; address: string }
}

const HOUSEHOLD_SEEDS: HouseholdSeed[] = [
  {
    id: 'hh-dongcun-001',
    village: DONGCUN,
    members: [
      ['张秋菊', 'head'],
      ['李大山', 'spouse'],
      ['李小雨', 'child'],
    ],
    groups: ['min_allowance'],
    account: '6217000010001234567',
    house: { grade: 'C', areaM2: 72, structure: 'adobe', address: '东村3组17号' },
  },
  {
    id: 'hh-xicun-001',
    village: XICUN,
    members: [
      ['王德顺', 'head'],
      ['赵春梅', 'spouse'],
      ['王强', 'child'],
      ['王丽', 'child'],
      ['王老汉', 'parent'],
    ],
    groups: ['poor_registered'],
    account: '6217000010002345678',
    house: { grade: 'D', areaM2: 120, structure: 'brick', address: '西村1组5号' },
  },
  {
    id: 'hh-nanzhuang-001',
    village: NANZHUANG,
    members: [['李桂兰', 'head']],
    groups: ['dispersed_extreme_poor'],
    account: '6217000010003456789',
    higherLevelBefore: true,
    house: { grade: 'C', areaM2: 38, structure: 'stone', address: '南庄村2组8号' },
  },
  {
    id: 'hh-dongcun-002',
    village: DONGCUN,
    members: [['马长林', 'head']],
    groups: ['poor_disabled'],
    account: '6217000010004567890',
    house: { grade: 'D', areaM2: 45, structure: 'adobe', address: '东村4组2号' },
  },
]

function idNumber(seedIndex: number, memberIndex: number): string {
  // Born 1950-MM-DD with a serial of three digits, and the GB 11643 check character, so the numbers pass the schema.
  const body = `${COUNTY}1950${String(seedIndex + 1).padStart(2, '0')}${String(memberIndex + 10).padStart(2, '0')}`
  return withCheckChar(`${body}${String(100 + seedIndex * 10 + memberIndex).slice(-3)}`)
}

export const DEMO_HOUSEHOLDS: Household[] = HOUSEHOLD_SEEDS.map((s, i) => ({
  _id: s.id,
  regionPath: s.village,
  region: regionRefOf(s.village),
  headName: s.members[0]![0],
  phone: `1380000${String(1000 + i)}`,
  members: s.members.map(([name, relation], j) => ({ name, relation, idNumber: idNumber(i, j), disabled: false })),
  targetGroups: s.groups,
  account: { bank: '农村商业银行', accountNo: s.account, holder: s.members[0]![0] },
  receivedHigherLevelSubsidy: s.higherLevelBefore ?? false,
  houseIds: [`house-${s.id}`],
  activeCaseId: null,
}))

export const DEMO_HOUSES: House[] = HOUSEHOLD_SEEDS.map((s) => ({
  _id: `house-${s.id}`,
  householdId: s.id,
  regionPath: s.village,
  region: regionRefOf(s.village),
  address: s.house.address,
  structure: s.house.structure,
  builtYear: 1985,
  floorAreaM2: s.house.areaM2,
  grades: [{ grade: s.house.grade, on: '2026-03-15', by: '安居县房屋安全鉴定中心' }],
  inspections: [],
  renovations: [],
  safetyProofs: [],
  openAppraisalId: null,
}))

export const DEMO_USERS: User[] = [
  { _id: 'demo-farmer-1', name: '张秋菊', role: 'farmer', regionPath: DONGCUN, householdId: 'hh-dongcun-001' },
  { _id: 'demo-farmer-2', name: '王德顺', role: 'farmer', regionPath: XICUN, householdId: 'hh-xicun-001' },
  { _id: 'demo-farmer-3', name: '李桂兰', role: 'farmer', regionPath: NANZHUANG, householdId: 'hh-nanzhuang-001' },
  { _id: 'demo-village-dongcun', name: '刘建国', role: 'village', regionPath: DONGCUN },
  { _id: 'demo-village-xicun', name: '陈玉芬', role: 'village', regionPath: XICUN },
  { _id: 'demo-village-nanzhuang', name: '赵志刚', role: 'village', regionPath: NANZHUANG },
  { _id: 'demo-village-beiling', name: '孙红梅', role: 'village', regionPath: BEILING },
  { _id: 'demo-township-chengguan', name: '周明', role: 'township', regionPath: CHENGGUAN },
  { _id: 'demo-township-hekou', name: '吴静', role: 'township', regionPath: HEKOU },
  { _id: 'demo-county', name: '郑卫东', role: 'county', regionPath: COUNTY },
  { _id: 'demo-finance', name: '冯晓燕', role: 'finance', regionPath: COUNTY },
  // A second finance officer: a bank batch is approved by someone other than the one who built it.
  { _id: 'demo-finance-2', name: '蒋文博', role: 'finance', regionPath: COUNTY },
  { _id: 'demo-appraiser', name: '韩工', role: 'appraiser', regionPath: COUNTY },
  { _id: 'demo-admin', name: '孟丽', role: 'admin', regionPath: COUNTY, phone: '13900000001' },
]

/** The demo administrator's H5 staff sign-in (工作人员登录), printed in the dev banner. */
export const DEMO_ADMIN_SIGN_IN = { userId: 'demo-admin', phone: '13900000001', password: 'anju-demo-2026' }

/** Signs in as a member of the public: a WeChat user with no record. */
export const DEMO_VISITOR = { _id: 'demo-visitor', name: '村民（未登记）' }

import type { z } from 'zod'
import { regionRefOf } from '@shared/domain/jurisdiction'
import { Household, Person } from '@shared/schemas/household'

/**
 * Object mothers: valid by default, so a test states only what it is about.
 * Results go through the zod schema, so defaults added to the schema later are filled in and an
 * invalid override fails loudly here; for deliberately invalid data, spread the result and break it.
 */

export const VILLAGE = '371311.101.201'

/** An 18-character ID number with a correct GB 11643 check character, distinct for each `n`. */
export function anIdNumber(n = 1, birth = '19600101', area = '371311'): string {
  const body = `${area}${birth}${String(n % 1000).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0)
  return body + '10X98765432'[sum % 11]
}

export function aPerson(overrides: Partial<z.input<typeof Person>> = {}): Person {
  return Person.parse({ name: '张三', idNumber: anIdNumber(1), relation: 'head', disabled: false, ...overrides })
}

const MEMBER_NAMES = ['张三', '李秀英', '张小明', '张小红', '王桂兰', '张建国', '张丽', '张伟', '张芳', '张强']

/** A head of household plus relatives, `size` persons in all; ID numbers from `anIdNumber(first)` on. */
export function membersOf(size: number, first = 1): Person[] {
  return Array.from({ length: size }, (_, i) =>
    aPerson({
      name: MEMBER_NAMES[i % MEMBER_NAMES.length],
      idNumber: anIdNumber(i + first),
      relation: i === 0 ? 'head' : i === 1 ? 'spouse' : 'child',
    }),
  )
}

/** Region follows `regionPath` unless given, so moving a household to another village is one override. */
export function aHousehold(overrides: Partial<z.input<typeof Household>> = {}): Household {
  const regionPath = overrides.regionPath ?? VILLAGE
  const headName = overrides.headName ?? '张三'
  return Household.parse({
    _id: 'hh-1',
    regionPath,
    region: regionRefOf(regionPath),
    headName,
    phone: '13800000001',
    members: [aPerson({ name: headName })],
    targetGroups: ['min_allowance'],
    account: { bank: '农村商业银行', accountNo: '6217000012345678', holder: headName },
    receivedHigherLevelSubsidy: false,
    houseIds: ['house-1'],
    activeCaseId: null,
    ...overrides,
  })
}

export function aHouseholdOfSize(size: number, overrides: Partial<z.input<typeof Household>> = {}): Household {
  return aHousehold({ members: membersOf(size), ...overrides })
}

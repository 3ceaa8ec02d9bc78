import type { BankAccount, Person } from '@shared/schemas/household'
import type { Rng } from './random'

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
]
const GIVEN = [
  '秀英',
  '桂兰',
  '建国',
  '玉兰',
  '志强',
  '明',
  '伟',
  '芳',
  '军',
  '丽',
  '强',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
]
const CHECK = '10X98765432'
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

export function aName(rng: Rng, surname = rng.pick(SURNAMES)): string {
  return surname + rng.pick(GIVEN)
}

/** A well-formed resident ID number (GB 11643 check character) born in `year`. */
export function anIdNumber(rng: Rng, area: string, year: number): string {
  const month = String(rng.int(1, 12)).padStart(2, '0')
  const day = String(rng.int(1, 28)).padStart(2, '0')
  const body = `${area}${year}${month}${day}${String(rng.int(0, 999)).padStart(3, '0')}`
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0)
  return body + CHECK[sum % 11]
}

export function aPhone(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`
}

export function anAccount(rng: Rng, holder: string): BankAccount {
  const digits = `621${String(rng.int(0, 99_999_999)).padStart(8, '0')}${String(rng.int(0, 99_999)).padStart(5, '0')}`
  return { bank: rng.pick(['农村商业银行', '农业银行', '邮储银行']), accountNo: digits, holder }
}

/** A head of household and relatives: rural households are small and old. */
export function membersOf(rng: Rng, area: string, headName: string): Person[] {
  const size = rng.weighted({ 1: 18, 2: 32, 3: 20, 4: 17, 5: 9, 6: 4 })
  const surname = headName[0]!
  const members: Person[] = [
    { name: headName, idNumber: anIdNumber(rng, area, rng.int(1940, 1980)), relation: 'head', disabled: rng.chance(0.06) },
  ]
  for (let i = 1; i < Number(size); i++) {
    const relation = i === 1 ? 'spouse' : rng.chance(0.8) ? 'child' : 'parent'
    const year = relation === 'child' ? rng.int(1975, 2015) : relation === 'parent' ? rng.int(1925, 1950) : rng.int(1940, 1985)
    const name = relation === 'spouse' ? aName(rng) : aName(rng, surname)
    members.push({ name, idNumber: anIdNumber(rng, area, year), relation, disabled: rng.chance(0.04) })
  }
  return members
}

import * as z from 'zod'
import { Id, IdNumber, Phone, RegionPath, RegionRef } from './common'

export const TargetGroup = z.enum([
  'poor_registered', // 建档立卡贫困户（含即时帮扶户）
  'at_risk', // 易返贫致贫户
  'min_allowance', // 低保户
  'dispersed_extreme_poor', // 分散供养特困人员
  'poor_disabled', // 贫困残疾人家庭
  'severe_hardship', // 因病因灾因意外事故严重困难家庭
  'allowance_marginal', // 低保边缘家庭
  'other_poverty_alleviated', // 未享受过住房保障的其他脱贫户
])
export type TargetGroup = z.infer<typeof TargetGroup>

export const TARGET_GROUP_LABEL: Record<TargetGroup, string> = {
  poor_registered: '建档立卡贫困户',
  at_risk: '易返贫致贫户',
  min_allowance: '低保户',
  dispersed_extreme_poor: '分散供养特困人员',
  poor_disabled: '贫困残疾人家庭',
  severe_hardship: '严重困难家庭',
  allowance_marginal: '低保边缘家庭',
  other_poverty_alleviated: '其他脱贫户',
}

export const Person = z.object({
  name: z.string().min(1).max(40),
  idNumber: IdNumber,
  relation: z.enum(['head', 'spouse', 'child', 'parent', 'other']),
  disabled: z.boolean().default(false),
})
export type Person = z.infer<typeof Person>

/** The "one card / one book" account (一卡通 / 一本通) that subsidies are paid into. */
export const BankAccount = z.object({
  bank: z.string().min(1).max(40),
  accountNo: z.string().regex(/^\d{12,30}$/, '银行账号应为12至30位数字'),
  holder: z.string().min(1).max(40),
})
export type BankAccount = z.infer<typeof BankAccount>

export const Household = z.object({
  _id: Id,
  regionPath: RegionPath,
  region: RegionRef,
  headName: z.string().min(1).max(40),
  phone: Phone.optional(),
  members: z.array(Person).min(1).max(30),
  targetGroups: z.array(TargetGroup),
  account: BankAccount.optional(),
  /** Already received central/provincial/municipal housing money: later pay comes from local finance only. */
  receivedHigherLevelSubsidy: z.boolean().default(false),
  houseIds: z.array(Id),
  /** The one case still alive for this household; set and cleared inside transactions so two can never open. */
  activeCaseId: Id.nullable().default(null),
})
export type Household = z.infer<typeof Household>

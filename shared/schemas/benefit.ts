import * as z from 'zod'
import { Fen, Id, IdNumber, Instant, RegionPath } from './common'

/**
 * The register of housing benefits a person already received (已享受住房类补助登记), entered by officials or imported
 * from the departments' lists, so that no household is paid twice for the same need (不得重复享受).
 */
export const BenefitProgramme = z.enum([
  'dilapidated_renovation', // 农村危房改造
  'disaster_reconstruction', // 因灾倒损农房恢复重建
  'relocation', // 易地扶贫搬迁
  'other_housing', // 其他住房类补助
])
export type BenefitProgramme = z.infer<typeof BenefitProgramme>

export const BENEFIT_PROGRAMME_LABEL: Record<BenefitProgramme, string> = {
  dilapidated_renovation: '农村危房改造',
  disaster_reconstruction: '因灾倒损农房恢复重建',
  relocation: '易地扶贫搬迁',
  other_housing: '其他住房类补助',
}

/** Which level's money it was: central, provincial and municipal money are the "higher-level" funds of the district scheme. */
export const BenefitSource = z.enum(['central', 'provincial', 'municipal', 'county'])
export type BenefitSource = z.infer<typeof BenefitSource>

export const BENEFIT_SOURCE_LABEL: Record<BenefitSource, string> = {
  central: '中央资金',
  provincial: '省级资金',
  municipal: '市级资金',
  county: '县（区）级资金',
}

/** Money above the county's own: what the district scheme says must not be paid again from higher-level special funds. */
export const HIGHER_LEVEL_SOURCES: readonly BenefitSource[] = ['central', 'provincial', 'municipal']

export const BenefitYear = z.number().int().min(1990, '年份不早于1990年').max(2100, '年份有误')

export const Benefit = z.object({
  _id: Id,
  idNumber: IdNumber,
  /** Name as the department's list gives it, for the official to recognise the person; never shown to the public. */
  name: z.string().min(1).max(40),
  programme: BenefitProgramme,
  year: BenefitYear,
  amountFen: Fen,
  source: BenefitSource,
  /** The county whose register it is in: the register is kept per county, like the profile. */
  county: RegionPath,
  note: z.string().max(200).default(''),
  enteredById: Id,
  enteredByName: z.string(),
  /** 'app' for one entered on the form, else the import it came with. */
  via: z.enum(['app', 'import']),
  enteredAt: Instant,
})
export type Benefit = z.infer<typeof Benefit>

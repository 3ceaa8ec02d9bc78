import { createHash } from 'node:crypto'
import type { z } from 'zod'
import {
  type BenefitView,
  IMPORT_COLUMNS,
  type ImportRowFailure,
  MAX_IMPORT_ROWS,
  RecordBenefitInput,
} from '../../api/benefits.api'
import { parseCsv } from '../../domain/csv'
import { checkDoubleBenefit, type DoubleBenefitVerdict, doubleBenefitRuleText } from '../../domain/double-benefit'
import { DomainError } from '../../domain/errors'
import { maskIdNumber } from '../../domain/masking'
import { yuanToFen } from '../../domain/money'
import {
  BENEFIT_PROGRAMME_LABEL,
  BENEFIT_SOURCE_LABEL,
  type Benefit,
  type BenefitProgramme,
  type BenefitSource,
} from '../../schemas/benefit'
import type { FundingSource } from '../../schemas/payment'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { countyOf, profileInForceFor } from '../profiles'
import { benefitsOf, householdVerdict } from './double-benefit'

type RecordInput = z.output<typeof RecordBenefitInput>

const PROGRAMME_CODE: Record<BenefitProgramme, string> = {
  dilapidated_renovation: 'DR',
  disaster_reconstruction: 'DC',
  relocation: 'RL',
  other_housing: 'OH',
}
const SOURCE_CODE: Record<BenefitSource, string> = { central: 'C', provincial: 'P', municipal: 'M', county: 'L' }

/**
 * One register line per county, person, programme, year and source: the same line entered or imported twice is the same
 * record, so a re-import cannot count one benefit twice. The ID number enters as a digest: ids are shown and logged.
 */
export function benefitId(b: Pick<Benefit, 'county' | 'idNumber' | 'programme' | 'year' | 'source'>): string {
  const person = createHash('sha256').update(b.idNumber.toUpperCase()).digest('hex').slice(0, 20)
  return `${b.county}-${person}-${PROGRAMME_CODE[b.programme]}${b.year}${SOURCE_CODE[b.source]}`
}

export function benefitView(b: Benefit): BenefitView {
  return {
    _id: b._id,
    idNumberMasked: maskIdNumber(b.idNumber),
    name: b.name,
    programme: b.programme,
    year: b.year,
    amountFen: b.amountFen,
    source: b.source,
    note: b.note,
    enteredByName: b.enteredByName,
    via: b.via,
    enteredAt: b.enteredAt,
  }
}

function benefitOf(caller: Registered, input: RecordInput, via: Benefit['via'], at: string): Benefit {
  const county = countyOf(caller.user.regionPath)
  const idNumber = input.idNumber.toUpperCase()
  return {
    _id: benefitId({ county, idNumber, programme: input.programme, year: input.year, source: input.source }),
    idNumber,
    name: input.name,
    programme: input.programme,
    year: input.year,
    amountFen: input.amountFen,
    source: input.source,
    county,
    note: input.note,
    enteredById: caller.user._id,
    enteredByName: caller.user.name,
    via,
    enteredAt: at,
  }
}

const ALREADY = '这条补助已在登记册中（同一人、同一项目、同一年度、同一资金来源）'

/** 登记: one line in the county's register. The same line twice is refused, so nothing is counted twice. */
export async function recordBenefit(deps: Deps, caller: Registered, input: RecordInput): Promise<Benefit> {
  const benefit = benefitOf(caller, input, 'app', nowOf(deps).at)
  await deps.store.runTransaction(async (tx) => {
    if (await txCol(tx, 'benefits').doc(benefit._id).get()) throw new DomainError('bad_input', ALREADY)
    await txCol(tx, 'benefits').doc(benefit._id).set(withoutId(benefit))
  })
  return benefit
}

/** A label as the departments' lists write it, or the code. */
function lookup<T extends string>(labels: Record<T, string>, text: string): T | null {
  const t = text.trim()
  const hit = (Object.entries(labels) as Array<[T, string]>).find(([code, label]) => code === t || label === t)
  return hit?.[0] ?? null
}

/** Also the short forms officials type: 中央, 省级, 市级, 县级/区级. */
function sourceOf(text: string): BenefitSource | null {
  const short: Record<string, BenefitSource> = {
    中央: 'central',
    省: 'provincial',
    省级: 'provincial',
    市: 'municipal',
    市级: 'municipal',
  }
  if (short[text]) return short[text]
  if (['县', '县级', '区', '区级', '县（区）级'].includes(text)) return 'county'
  return lookup(BENEFIT_SOURCE_LABEL, text)
}

/**
 * 导入: CSV lines into the register, all or none. Every row is checked first (columns, ID number check character,
 * programme, year, amount in yuan, source, a line already in the register or twice in the file); with any failure
 * nothing is written and each failing row is reported with its line number and why.
 */
export async function importBenefits(
  deps: Deps,
  caller: Registered,
  csv: string,
): Promise<{ imported: number; failures: ImportRowFailure[] }> {
  const rows = parseCsv(csv)
  const header = rows[0]
  if (!header || header.cells[0] !== IMPORT_COLUMNS[0]) {
    throw new DomainError('bad_input', `第一行应是表头：${IMPORT_COLUMNS.join(',')}`, { field: 'csv' })
  }
  const body = rows.slice(1)
  if (body.length === 0) throw new DomainError('bad_input', '表头下面没有数据', { field: 'csv' })
  if (body.length > MAX_IMPORT_ROWS) {
    throw new DomainError('bad_input', `一次最多导入${MAX_IMPORT_ROWS}行，请分批导入`, { field: 'csv' })
  }
  const { at } = nowOf(deps)
  const failures: ImportRowFailure[] = []
  const ok: Benefit[] = []
  const seen = new Map<string, number>()
  for (const { line, cells } of body) {
    const fail = (reason: string) => failures.push({ row: line, reason })
    const [idNumber = '', name = '', programmeText = '', yearText = '', amountText = '', sourceText = '', note = ''] = cells
    const programme = lookup(BENEFIT_PROGRAMME_LABEL, programmeText)
    const source = sourceOf(sourceText)
    let amountFen: number | null = null
    try {
      amountFen = yuanToFen(amountText.replace(/,/g, ''))
    } catch {
      amountFen = null
    }
    if (!programme) {
      fail(`项目“${programmeText}”无法识别，应为：${Object.values(BENEFIT_PROGRAMME_LABEL).join('、')}`)
      continue
    }
    if (!source) {
      fail(`资金来源“${sourceText}”无法识别，应为：中央、省级、市级、县级`)
      continue
    }
    if (amountFen === null) {
      fail(`金额“${amountText}”不是以元为单位的数字（最多两位小数）`)
      continue
    }
    const parsed = RecordBenefitInput.safeParse({
      idNumber: idNumber.toUpperCase(),
      name,
      programme,
      year: Number(yearText),
      amountFen,
      source,
      note,
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const column = { idNumber: '身份证号', name: '姓名', year: '年度', note: '备注' }[String(issue?.path[0])] ?? ''
      fail(`${column}${column ? '：' : ''}${issue?.message ?? '格式有误'}`)
      continue
    }
    const benefit = benefitOf(caller, parsed.data, 'import', at)
    const earlier = seen.get(benefit._id)
    if (earlier !== undefined) {
      fail(`与第${earlier}行重复`)
      continue
    }
    seen.set(benefit._id, line)
    ok.push(benefit)
  }
  // Lines already in the register are failures too: a re-import must not look like new money.
  const existing = await Promise.all(ok.map((b) => col(deps.store, 'benefits').doc(b._id).get()))
  ok.forEach((b, i) => {
    if (existing[i]) failures.push({ row: seen.get(b._id)!, reason: ALREADY })
  })
  if (failures.length > 0) return { imported: 0, failures: failures.sort((a, b) => a.row - b.row) }

  await deps.store.runTransaction(async (tx) => {
    for (const b of ok) {
      if (await txCol(tx, 'benefits').doc(b._id).get()) throw new DomainError('bad_input', `第${seen.get(b._id)}行：${ALREADY}`)
      await txCol(tx, 'benefits').doc(b._id).set(withoutId(b))
    }
  })
  return { imported: ok.length, failures: [] }
}

export type CheckAnswer = {
  benefits: BenefitView[]
  rule: string
  verdict: { ok: boolean; message: string; fundingSource: FundingSource | null; reinclusionNeeded: boolean }
}

/**
 * 查询: what an ID number (or a household's persons) already received, the rule of the county's profile in force, and
 * what it means for them, from the same function submit and county approval use.
 */
export async function checkBenefits(
  deps: Deps,
  caller: Registered,
  input: { idNumber?: string | undefined; householdId?: string | undefined },
): Promise<CheckAnswer> {
  const { today } = nowOf(deps)
  const county = countyOf(caller.user.regionPath)
  const profile = await profileInForceFor(deps, county, today)
  let benefits: Benefit[]
  let verdict: CheckAnswer['verdict']
  if (input.householdId) {
    const household = await mustGet(deps.store, 'households', input.householdId)
    requireWithin(caller, household.regionPath)
    const answer = await householdVerdict(deps.store, household, profile, null)
    benefits = answer.benefits
    verdict = verdictView(answer.verdict)
  } else {
    benefits = await benefitsOf(deps.store, county, [input.idNumber ?? ''])
    verdict = verdictView(checkDoubleBenefit({ profile, benefits, receivedHigherLevelSubsidy: false, reinclusionReason: null }))
  }
  return { benefits: benefits.map(benefitView), rule: doubleBenefitRuleText(profile), verdict }
}

function verdictView(v: DoubleBenefitVerdict): CheckAnswer['verdict'] {
  if (!v.ok) return { ok: false, message: v.message, fundingSource: null, reinclusionNeeded: v.code === 'RENOVATED_BEFORE' }
  const message = v.fundingReason || '登记册中没有影响保障的补助记录。'
  return { ok: true, message, fundingSource: v.fundingSource, reinclusionNeeded: false }
}

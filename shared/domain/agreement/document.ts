import { amountInWords, formatFen } from '../money'
import { maskAccount, maskIdNumber, maskSensitiveText } from '../masking'
import type { PolicyProfile } from '../policy-profile'
import { standardAreaM2 } from '../subsidy'
import { AGREEMENT_PARTIES } from '../workflow/guards'
import {
  type AgreementParty,
  type Application,
  type CasePlan,
  MODE_LABEL,
  type Mode,
  RESETTLEMENT_LABEL,
} from '../../schemas/application'
import type { AgreementDocument, AgreementLine, AgreementSection } from '../../schemas/agreement'
import { type Household, TARGET_GROUP_LABEL } from '../../schemas/household'

/**
 * 住房提升改造协议 (罗政办字〔2020〕3号 三、2): 镇街（甲方）、村（乙方）、户（丙方）三方签订，一式四份，明确三方责任、开工时间、
 * 竣工时间、补助资金、资金拨付方式. Built from the case alone, the same for every reader: one text per plan, so the
 * hash each party confirms is the hash of what the other two read. That is also why the household's ID number and
 * account are masked for everyone (the household included): the document leaves the system as a PDF, and the full
 * numbers are on file in the case, where the parties' identities were checked.
 */

export const AGREEMENT_TITLE = '农村危房改造（住房安全保障）三方协议'

export const PARTY_LABEL: Record<AgreementParty, string> = { township: '甲方', village: '乙方', household: '丙方' }

/** The order the parties are named and sign in: the guard's order, 甲 乙 丙. */
export { AGREEMENT_PARTIES }

export type AgreementInput = {
  case: Pick<
    Application,
    'caseNo' | 'applicantName' | 'householdSize' | 'targetGroup' | 'gradeAtApplication' | 'appraisedGrade' | 'subsidyCapFen'
  > & { plan: CasePlan }
  household: Pick<Household, 'headName' | 'members' | 'account'>
  townshipName: string
  villageName: string
  countyName: string
  profile: PolicyProfile
}

/** Modes that put up a new main house: the area standard, the seismic standard and the transfer lock apply to them. */
const BUILDS_NEW: readonly Mode[] = ['rebuild', 'new_site']
/** Modes in which works are done on a house at all (the rest move the household into a safe one). */
const HAS_WORKS: readonly Mode[] = ['repair', 'rebuild', 'new_site']

/** '2026-12-01' → '2026年12月1日', as a signed paper writes a date. */
export function dateInWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${y}年${m}月${d}日`
}

const line = (label: string | null, text: string): AgreementLine => ({ label, text })

/** The applicant is the household's own person on the agreement; their ID number is the head's, or theirs as a member. */
function idNumberOf(input: AgreementInput): string | null {
  const { members } = input.household
  const person =
    members.find((m) => m.name === input.case.applicantName) ?? members.find((m) => m.relation === 'head') ?? members[0]
  return person ? maskIdNumber(person.idNumber) : null
}

function partiesSection(input: AgreementInput): AgreementSection {
  const c = input.case
  const id = idNumberOf(input)
  return {
    heading: '协议各方',
    lines: [
      line('甲方（镇街）', `${input.townshipName}人民政府`),
      line('乙方（村）', `${input.villageName}村民委员会`),
      line('丙方（农户）', c.applicantName),
      ...(id ? [line('丙方身份证号', id)] : []),
      line('家庭人口', `${c.householdSize}人`),
      line('保障对象类别', TARGET_GROUP_LABEL[c.targetGroup]),
      line('案件编号', c.caseNo),
    ],
  }
}

function planSection(input: AgreementInput): AgreementSection {
  const { plan } = input.case
  const grade = input.case.appraisedGrade ?? input.case.gradeAtApplication
  const lines: AgreementLine[] = [line('保障方式', MODE_LABEL[plan.mode])]
  if (plan.mode === 'resettle' && plan.resettlement) lines.push(line('安置方式', RESETTLEMENT_LABEL[plan.resettlement]))
  lines.push(line('房屋危险性等级', grade ? `${grade}级` : '无房户'))
  if (plan.areaM2 !== null) {
    lines.push(line('改造（建设）面积', `${plan.areaM2}平方米`))
    // A repair is paid up to its cap per household, not per m²: the area standard binds only a house being built.
    if (BUILDS_NEW.includes(plan.mode)) {
      const standard = standardAreaM2(input.case.householdSize, input.profile)
      lines.push(line('面积标准', `${input.case.householdSize}人户主房${standard}平方米；超出部分不予补助`))
    }
  }
  return { heading: '改造方式与标准', lines }
}

function moneySection(input: AgreementInput): AgreementSection {
  const { plan, subsidyCapFen } = input.case
  const lines = [line('补助金额', `${formatFen(plan.subsidyFen)}（大写：${amountInWords(plan.subsidyFen)}）`)]
  if (subsidyCapFen !== null) {
    lines.push(line('补助上限', `${formatFen(subsidyCapFen)}（大写：${amountInWords(subsidyCapFen)}）`))
  }
  if (HAS_WORKS.includes(plan.mode)) {
    lines.push(line(null, '补助按竣工验收后的结算金额拨付；结算金额低于上述补助金额的，按结算金额拨付。'))
  }
  return { heading: '补助资金', lines }
}

function datesSection(input: AgreementInput): AgreementSection | null {
  const { startOn, finishBy } = input.case.plan
  if (!startOn && !finishBy) return null
  const lines: AgreementLine[] = []
  if (startOn) lines.push(line('开工时间', dateInWords(startOn)))
  if (finishBy) lines.push(line('竣工时间', `${dateInWords(finishBy)}前`))
  return { heading: '工期', lines }
}

function paymentSection(input: AgreementInput): AgreementSection {
  const { payTo } = input.case.plan
  const account = input.household.account
  const lines: AgreementLine[] = []
  if (payTo === 'household') {
    lines.push(line('拨付方式', '由甲方根据改造进度分阶段按比例足额支付到丙方“一卡通（一本通）”账户'))
    lines.push(
      line(
        '收款账户',
        account ? `${account.bank} ${maskAccount(account.accountNo)}（户名：${account.holder}）` : '丙方应在首次拨付前登记账户',
      ),
    )
  } else if (payTo === 'builder') {
    lines.push(line('拨付方式', '政府统一组织实施，由甲方将补助资金直接支付给施工单位'))
    lines.push(line(null, '丙方已明确改造标准，同意补助资金直接支付给施工单位；本协议即为丙方的书面同意。'))
  } else {
    lines.push(line('拨付方式', '租赁补贴由甲方按租赁合同约定分期支付给出租方'))
  }
  return { heading: '资金拨付方式', lines }
}

function dutiesSections(input: AgreementInput): AgreementSection[] {
  const { plan } = input.case
  const { profile } = input
  const works = HAS_WORKS.includes(plan.mode)
  const township: string[] = [
    '履行农村危房改造主体责任，按本协议约定的方式和时间拨付补助资金。',
    ...(works
      ? [
          '负责临时安置、房屋腾空、“三通一平”等施工前准备工作。',
          '负责工程程序管理及质量、安全监管，组织竣工验收和结算。',
          '审核承建工匠或施工单位技术人员经培训合格、持证上岗。',
        ]
      : []),
    '负责改造档案资料的收集、保存和管理（一户一档）。',
  ]
  const village: string[] = [
    '协助丙方办理申请、评议和公示，如实反映丙方家庭情况。',
    ...(works ? ['协助甲方做好施工现场的日常巡查和质量安全监督，发现问题及时报告。'] : []),
    '协助丙方落实本协议约定的保障方式，做好日常住房安全巡查。',
  ]
  const household: string[] = []
  if (works) {
    household.push(
      '按本协议约定的方式、面积和工期实施改造，按期竣工。',
      '选用经培训合格、持证上岗的农村建筑工匠或施工单位承建。',
      '已收到并知悉《自建（改）建筑施工质量安全告知书》，参与施工质量监督和竣工验收。',
    )
    if (BUILDS_NEW.includes(plan.mode)) {
      household.push(`严格按照设计图纸施工，房屋抗震设防烈度达到${profile.seismicIntensity}度。`)
      if (profile.transferLockYears > 0) {
        household.push(`新（翻）建房屋自竣工验收拨付资金之日起${profile.transferLockYears}年内不得出售或转让。`)
      }
    } else {
      household.push(`采用适宜的修缮方式和技术，确保主体结构牢固，修缮后房屋最低达到${profile.minRepairedGrade}级标准。`)
    }
  } else if (plan.mode === 'rent_swap') {
    household.push('按租赁（置换）合同约定居住和使用房屋，合同及产权证明交甲方存档。')
  } else if (plan.mode === 'public_rental') {
    household.push('按规定入住并合理使用农村集体公租房，不得转租、转借。')
  } else {
    household.push('按约定的安置方式妥善安置，不再居住原危房。')
  }
  household.push('如实提供家庭情况，不得重复享受住房保障补助。')
  const clauses = (items: string[]) => items.map((text, i) => line(null, `${i + 1}. ${text}`))
  return [
    { heading: '甲方责任', lines: clauses(township) },
    { heading: '乙方责任', lines: clauses(village) },
    { heading: '丙方责任', lines: clauses(household) },
  ]
}

function closingSection(input: AgreementInput): AgreementSection {
  const note = input.case.plan.note.trim()
  return {
    heading: '其他',
    lines: [
      ...(note ? [line('备注', maskSensitiveText(note))] : []),
      line(null, '本协议签订后，改造方案不得变更；确需变更的，须经县级住房城乡建设部门决定并记录，原协议同时失效。'),
      line(null, '三方在“农房安居”中逐一确认本协议文本，即视为签署；确认记录包括确认人、时间和协议文本的校验值。'),
      line(null, `本协议一式四份，甲乙丙三方各执一份，报${input.countyName}农村危房改造工作领导小组一份。`),
    ],
  }
}

/** The agreement of a case's plan, as every party reads it. Pure: the same case always gives the same document. */
export function buildAgreement(input: AgreementInput): AgreementDocument {
  const names: Record<AgreementParty, string> = {
    township: `${input.townshipName}人民政府`,
    village: `${input.villageName}村民委员会`,
    household: input.case.applicantName,
  }
  const dates = datesSection(input)
  return {
    title: AGREEMENT_TITLE,
    caseNo: input.case.caseNo,
    parties: AGREEMENT_PARTIES.map((party) => ({ party, label: PARTY_LABEL[party], name: names[party] })),
    sections: [
      partiesSection(input),
      ...numbered([
        planSection(input),
        moneySection(input),
        ...(dates ? [dates] : []),
        paymentSection(input),
        ...dutiesSections(input),
        closingSection(input),
      ]),
    ],
  }
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 一、二、…: numbered once the sections are known, so a plan without dates leaves no gap. */
function numbered(sections: AgreementSection[]): AgreementSection[] {
  return sections.map((s, i) => ({ ...s, heading: `${NUMERALS[i] ?? String(i + 1)}、${s.heading}` }))
}

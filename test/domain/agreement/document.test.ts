import { buildAgreement, dateInWords, type AgreementInput } from '@shared/domain/agreement/document'
import { LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import type { AgreementDocument } from '@shared/schemas/agreement'
import type { CasePlan } from '@shared/schemas/application'
import { aCase } from '../../factories/case.factory'
import { aHouseholdOfSize, anIdNumber } from '../../factories/household.factory'

const PLAN: CasePlan = {
  mode: 'rebuild',
  resettlement: null,
  areaM2: 60,
  subsidyFen: 4_800_000,
  startOn: '2026-12-01',
  finishBy: '2027-04-30',
  payTo: 'household',
  note: '',
  chosenById: 'u-farmer',
  chosenOn: '2026-11-20',
}

function input(plan: Partial<CasePlan> = {}, more: Partial<AgreementInput> = {}): AgreementInput {
  const c = aCase('plan_chosen', { plan: { ...PLAN, ...plan } })
  return {
    case: { ...c, plan: c.plan! },
    household: aHouseholdOfSize(3),
    townshipName: '甲镇',
    villageName: '甲一村',
    countyName: '罗庄区',
    profile: LUOZHUANG_2020,
    ...more,
  }
}

const textOf = (doc: AgreementDocument) =>
  doc.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => (l.label ? `${l.label}：${l.text}` : l.text))]).join('\n')
const fieldOf = (doc: AgreementDocument, label: string) =>
  doc.sections.flatMap((s) => s.lines).find((l) => l.label === label)?.text

describe('the tripartite agreement built from the case', () => {
  it('names the township as 甲方, the village as 乙方 and the applicant as 丙方', () => {
    const doc = buildAgreement(input())
    expect(doc.parties).toEqual([
      { party: 'township', label: '甲方', name: '甲镇人民政府' },
      { party: 'village', label: '乙方', name: '甲一村村民委员会' },
      { party: 'household', label: '丙方', name: '张三' },
    ])
    expect(doc.caseNo).toBe(aCase('plan_chosen').caseNo)
  })

  it('shows the household’s ID number masked, never in full, for every reader alike', () => {
    const doc = buildAgreement(input())
    const id = anIdNumber(1)
    expect(fieldOf(doc, '丙方身份证号')).toBe(`${id[0]}${'*'.repeat(16)}${id[17]}`)
    expect(JSON.stringify(doc)).not.toContain(id)
    expect(JSON.stringify(doc)).not.toContain('6217000012345678')
  })

  it('writes the subsidy and the ceiling in figures and in capital numerals (大写)', () => {
    const doc = buildAgreement(input())
    expect(fieldOf(doc, '补助金额')).toBe('¥48,000.00（大写：肆万捌仟元整）')
    // The case's ceiling: 60 m² standard for 3 persons × 800 yuan.
    expect(fieldOf(doc, '补助上限')).toBe('¥48,000.00（大写：肆万捌仟元整）')
    const odd = buildAgreement(input({ subsidyFen: 1_700_050, mode: 'repair', areaM2: 58.5 }))
    expect(fieldOf(odd, '补助金额')).toBe('¥17,000.50（大写：壹万柒仟元伍角整）')
  })

  it('states the mode, the area and the area standard of the profile', () => {
    const doc = buildAgreement(input())
    expect(fieldOf(doc, '保障方式')).toBe('拆除重建')
    expect(fieldOf(doc, '改造（建设）面积')).toBe('60平方米')
    expect(fieldOf(doc, '面积标准')).toContain('3人户主房60平方米')
    expect(fieldOf(doc, '房屋危险性等级')).toBe('D级')
  })

  it('names the area standard only for a house being built: a repair is paid up to its cap, not per m²', () => {
    const repair = buildAgreement(input({ mode: 'repair', areaM2: 72, subsidyFen: 1_700_000 }))
    expect(fieldOf(repair, '改造（建设）面积')).toBe('72平方米')
    expect(fieldOf(repair, '面积标准')).toBeUndefined()
  })

  it('writes the start and finish dates as a paper does', () => {
    const doc = buildAgreement(input())
    expect(fieldOf(doc, '开工时间')).toBe('2026年12月1日')
    expect(fieldOf(doc, '竣工时间')).toBe('2027年4月30日前')
    expect(dateInWords('2027-01-09')).toBe('2027年1月9日')
  })

  it('numbers the sections without a gap when the plan has no dates', () => {
    const doc = buildAgreement(input({ mode: 'public_rental', areaM2: null, startOn: null, finishBy: null, subsidyFen: 0 }))
    expect(doc.sections.map((s) => s.heading)).toEqual([
      '协议各方',
      '一、改造方式与标准',
      '二、补助资金',
      '三、资金拨付方式',
      '四、甲方责任',
      '五、乙方责任',
      '六、丙方责任',
      '七、其他',
    ])
    expect(fieldOf(doc, '开工时间')).toBeUndefined()
  })

  describe('pay-to', () => {
    it('household: the one card account, masked to its last four digits', () => {
      const doc = buildAgreement(input({ payTo: 'household' }))
      expect(fieldOf(doc, '拨付方式')).toContain('“一卡通（一本通）”账户')
      expect(fieldOf(doc, '收款账户')).toBe('农村商业银行 **** 5678（户名：张三）')
    })

    it('household without an account on file: the household registers one before the first payment', () => {
      const doc = buildAgreement(input({}, { household: { ...aHouseholdOfSize(3), account: undefined } }))
      expect(fieldOf(doc, '收款账户')).toBe('丙方应在首次拨付前登记账户')
    })

    it('builder: paid to the builder, the agreement being the household’s written consent', () => {
      const text = textOf(buildAgreement(input({ payTo: 'builder' })))
      expect(text).toContain('直接支付给施工单位')
      expect(text).toContain('本协议即为丙方的书面同意')
      expect(text).not.toContain('收款账户')
    })

    it('landlord: the rental subsidy in instalments per the contract', () => {
      const doc = buildAgreement(input({ mode: 'rent_swap', areaM2: null, payTo: 'landlord' }))
      expect(fieldOf(doc, '拨付方式')).toBe('租赁补贴由甲方按租赁合同约定分期支付给出租方')
    })
  })

  describe('duties from the seeds and the profile', () => {
    it('a rebuild: certified craftsmen, the self-build safety notice, seismic intensity 8 and the 5-year transfer lock', () => {
      const text = textOf(buildAgreement(input({ mode: 'rebuild' })))
      expect(text).toContain('持证上岗')
      expect(text).toContain('《自建（改）建筑施工质量安全告知书》')
      expect(text).toContain('抗震设防烈度达到8度')
      expect(text).toContain('5年内不得出售或转让')
      expect(text).not.toContain('最低达到B级')
    })

    it('a repair: the repaired house at least grade B, no seismic clause and no transfer lock', () => {
      const text = textOf(buildAgreement(input({ mode: 'repair', areaM2: 50, subsidyFen: 1_700_000 })))
      expect(text).toContain('修缮后房屋最低达到B级标准')
      expect(text).not.toContain('抗震设防烈度')
      expect(text).not.toContain('不得出售或转让')
    })

    it('reads the numbers from the profile the case runs under', () => {
      const profile = { ...LUOZHUANG_2020, seismicIntensity: 7, transferLockYears: 3, minRepairedGrade: 'A' as const }
      const rebuild = textOf(buildAgreement(input({ mode: 'new_site' }, { profile })))
      expect(rebuild).toContain('抗震设防烈度达到7度')
      expect(rebuild).toContain('3年内不得出售或转让')
      expect(textOf(buildAgreement(input({ mode: 'repair' }, { profile })))).toContain('最低达到A级标准')
    })

    it('a move into public rental housing: no building duties', () => {
      const text = textOf(buildAgreement(input({ mode: 'public_rental', areaM2: null, startOn: null, finishBy: null })))
      expect(text).toContain('农村集体公租房')
      expect(text).not.toContain('持证上岗')
      expect(text).not.toContain('抗震设防烈度')
    })
  })

  it('ends with the four copies: one for each party and one for the county’s leading group', () => {
    const text = textOf(buildAgreement(input()))
    expect(text).toContain('本协议一式四份，甲乙丙三方各执一份，报罗庄区农村危房改造工作领导小组一份。')
    expect(text).toContain('须经县级住房城乡建设部门决定并记录')
  })

  it('masks numbers typed into the plan’s note', () => {
    const doc = buildAgreement(input({ note: '联系电话13812345678，请提前告知' }))
    expect(fieldOf(doc, '备注')).toBe('联系电话138****5678，请提前告知')
  })

  it('is the same document for the same case, so its hash is stable', () => {
    expect(buildAgreement(input())).toEqual(buildAgreement(input()))
    expect(buildAgreement(input({ subsidyFen: 4_700_000 }))).not.toEqual(buildAgreement(input()))
  })
})

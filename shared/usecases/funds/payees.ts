import { DomainError } from '../../domain/errors'
import { payeeOf } from '../../domain/funds/payee'
import { formatFen, sumFen } from '../../domain/money'
import { buildsHouse } from '../../domain/plan'
import type { Application } from '../../schemas/application'
import type { BuilderPayee, RentalContract } from '../../schemas/funds'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { claimFiles } from '../uploads/claim-uploads'
import { linesOfCase, repointWaitingLines } from './case-lines'

type Account = { name: string; bank: string; accountNo: string }

/** The township records who is paid on the case: only before money for that payee is with the bank. */
async function onCase(
  deps: Deps,
  caller: Registered,
  caseId: string,
  write: (c: Application, today: string) => Partial<Application>,
  file: { id: string; field: string },
): Promise<Application> {
  const before = await mustGet(deps.store, 'cases', caseId)
  requireWithin(caller, before.regionPath)
  const { at, today } = nowOf(deps)
  const lines = await linesOfCase(deps.store, caseId)
  return deps.store.runTransaction(async (tx) => {
    const c = await txCol(tx, 'cases').doc(caseId).get()
    if (!c) throw new DomainError('not_found')
    const patch = write(c, today)
    await claimFiles(tx, caller, {
      ids: [file.id],
      want: 'document',
      record: { collection: 'cases', id: c._id },
      field: file.field,
    })
    const after: Application = { ...c, ...patch, updatedAt: at }
    await txCol(tx, 'cases').doc(c._id).set(withoutId(after))
    const payTo = after.plan?.payTo ?? 'household'
    if (payTo !== 'household') await repointWaitingLines(tx, lines, payTo, payeeOf(payTo, null, after), at)
    return after
  })
}

/**
 * 直接支付给施工单位 (district scheme 五(一)): allowed only where the plan pays the builder, i.e. works the government
 * organised and the household agreed to in writing; the consent is the uploaded document.
 */
export function setBuilder(
  deps: Deps,
  caller: Registered,
  input: Account & { caseId: string; consentFileId: string; governmentOrganised: true },
): Promise<Application> {
  return onCase(
    deps,
    caller,
    input.caseId,
    (c, today) => {
      if (c.plan?.payTo !== 'builder' || !buildsHouse(c.plan.mode)) {
        throw new DomainError('invalid_transition', '只有改造方案约定直接支付给施工单位的，才能登记施工单位账户')
      }
      const builderPayee: BuilderPayee = {
        name: input.name,
        bank: input.bank,
        accountNo: input.accountNo,
        consentFileId: input.consentFileId,
        recordedById: caller.user._id,
        recordedOn: today,
      }
      return { builderPayee }
    },
    { id: input.consentFileId, field: 'consentFileId' },
  )
}

/**
 * 租赁补贴 (city scheme 三(四)): the landlord is paid in the contract's instalments, which add up to the subsidy the
 * plan agreed; once recorded, finance allocates the contract's money and each instalment falls due on its day.
 */
export function setRental(
  deps: Deps,
  caller: Registered,
  input: Account & { caseId: string; contractFileId: string; instalments: RentalContract['instalments'] },
): Promise<Application> {
  return onCase(
    deps,
    caller,
    input.caseId,
    (c, today) => {
      if (c.plan?.mode !== 'rent_swap' || c.plan.payTo !== 'landlord') {
        throw new DomainError('invalid_transition', '只有租赁/置换且约定支付给出租方的方案，才能登记租赁合同')
      }
      if (c.state !== 'agreement_signed' && c.state !== 'under_construction') {
        throw new DomainError('invalid_transition', '三方协议签订后才能登记租赁合同')
      }
      if (c.rental) throw new DomainError('invalid_transition', `租赁合同已于${c.rental.recordedOn}登记`)
      const total = sumFen(input.instalments.map((i) => i.amountFen))
      if (total !== c.plan.subsidyFen) {
        throw new DomainError(
          'bad_input',
          `各期租金补贴合计${formatFen(total)}，应等于协议约定的${formatFen(c.plan.subsidyFen)}`,
          {
            field: 'instalments',
          },
        )
      }
      const days = input.instalments.map((i) => i.dueOn)
      if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) {
        throw new DomainError('bad_input', '各期支付日期应按先后顺序填写，且不能重复', { field: 'instalments' })
      }
      const rental: RentalContract = {
        landlordName: input.name,
        bank: input.bank,
        accountNo: input.accountNo,
        contractFileId: input.contractFileId,
        instalments: input.instalments,
        recordedById: caller.user._id,
        recordedOn: today,
      }
      return { rental, fundsWaiting: 'contract' }
    },
    { id: input.contractFileId, field: 'contractFileId' },
  )
}

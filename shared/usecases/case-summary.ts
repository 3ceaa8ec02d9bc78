import type { CaseSummary } from '../api/views'
import type { Application } from '../schemas/application'

export function toCaseSummary(c: Application): CaseSummary {
  return {
    _id: c._id,
    caseNo: c.caseNo,
    applicantName: c.applicantName,
    villageName: c.villageName,
    state: c.state,
    mode: c.mode,
    targetGroup: c.targetGroup,
    submittedOn: c.history[0]?.on ?? c.createdAt.slice(0, 10),
    updatedAt: c.updatedAt,
    subsidyCapFen: c.subsidyCapFen,
    paidFen: c.paidFen,
    publicityClosesOn: c.publicityClosesOn,
    enteredOn: c.history.at(-1)?.on ?? c.createdAt.slice(0, 10),
  }
}

import { adminApi } from './admin.api'
import { appraisalApi } from './appraisal.api'
import { agreementApi } from './agreement.api'
import { applicationApi } from './application.api'
import { objectionsApi } from './objections.api'
import { inspectionApi } from './inspection.api'
import { ledgerApi } from './ledger.api'
import { hazardOversightApi } from './hazard-oversight.api'
import { hazardApi } from './hazard.api'
import { benefitsApi } from './benefits.api'
import { fundsApi } from './funds.api'
import { paymentApi } from './payment.api'
import { profileApi } from './profile.api'
import { publicityApi } from './publicity.api'
import { reviewApi } from './review.api'
import { userApi } from './user.api'
import { worksApi } from './works.api'

export * from './contract'
export * from './errors'
export * from './views'
export { SubmitApplicationInput } from './application.api'
export { Decision } from './review.api'

/** Every action of every function, for the server and docs/api/; the client imports one area's contract file instead. */
export const api = {
  user: userApi,
  application: applicationApi,
  review: reviewApi,
  // One function, two contract files: the public half and the officials' (objections.api.ts).
  publicity: { ...publicityApi, ...objectionsApi },
  payment: paymentApi,
  admin: adminApi,
  appraisal: appraisalApi,
  agreement: agreementApi,
  inspection: inspectionApi,
  ledger: ledgerApi,
  hazard: { ...hazardApi, ...hazardOversightApi },
  profile: profileApi,
  benefits: benefitsApi,
  works: worksApi,
  funds: fundsApi,
} as const

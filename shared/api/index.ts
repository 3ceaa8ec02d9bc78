import { adminApi } from './admin.api'
import { applicationApi } from './application.api'
import { benefitsApi } from './benefits.api'
import { paymentApi } from './payment.api'
import { profileApi } from './profile.api'
import { publicityApi } from './publicity.api'
import { reviewApi } from './review.api'
import { userApi } from './user.api'

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
  publicity: publicityApi,
  payment: paymentApi,
  admin: adminApi,
  profile: profileApi,
  benefits: benefitsApi,
} as const

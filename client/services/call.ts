/**
 * The one request wrapper. Taro builds `call.weapp.ts` (wx.cloud.callFunction) or `call.h5.ts`
 * (fetch to the local server) in place of this file; this one only gives TypeScript the shape.
 */
import { ApiError } from './api-error'
import type { Call } from './call-core'

export const call: Call = async () => {
  throw new ApiError('INTERNAL', '当前平台不支持')
}

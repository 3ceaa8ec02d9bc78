import Taro from '@tarojs/taro'
import { cloudSend, makeCall } from './call-core'

/** Identity comes from WeChat (OPENID in the function's context); nothing to attach here. */
export const call = makeCall(cloudSend((opts) => Taro.cloud.callFunction(opts)))

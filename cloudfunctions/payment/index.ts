import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { paymentFunction } from './function'

export const main = cloudbaseMain(paymentFunction)

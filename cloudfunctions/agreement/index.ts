import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { agreementFunction } from './function'

export const main = cloudbaseMain(agreementFunction)

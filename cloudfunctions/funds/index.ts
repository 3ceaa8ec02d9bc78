import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { fundsFunction } from './function'

export const main = cloudbaseMain(fundsFunction)

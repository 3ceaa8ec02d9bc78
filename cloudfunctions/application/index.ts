import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { applicationFunction } from './function'

export const main = cloudbaseMain(applicationFunction)

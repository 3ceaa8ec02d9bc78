import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { adminFunction } from './function'

export const main = cloudbaseMain(adminFunction)

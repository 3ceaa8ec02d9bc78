import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { userFunction } from './function'

export const main = cloudbaseMain(userFunction)

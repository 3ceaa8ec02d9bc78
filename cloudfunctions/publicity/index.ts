import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { publicityFunction } from './function'

export const main = cloudbaseMain(publicityFunction)

import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { hazardFunction } from './function'

export const main = cloudbaseMain(hazardFunction)

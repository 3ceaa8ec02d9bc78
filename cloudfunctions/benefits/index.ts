import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { benefitsFunction } from './function'

export const main = cloudbaseMain(benefitsFunction)

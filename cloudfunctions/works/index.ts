import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { worksFunction } from './function'

export const main = cloudbaseMain(worksFunction)

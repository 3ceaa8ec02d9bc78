import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { appraisalFunction } from './function'

export const main = cloudbaseMain(appraisalFunction)

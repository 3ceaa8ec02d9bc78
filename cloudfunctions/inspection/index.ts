import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { inspectionFunction } from './function'

export const main = cloudbaseMain(inspectionFunction)

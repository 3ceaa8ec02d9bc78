import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { reviewFunction } from './function'

export const main = cloudbaseMain(reviewFunction)

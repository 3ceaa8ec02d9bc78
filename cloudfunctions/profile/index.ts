import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { profileFunction } from './function'

export const main = cloudbaseMain(profileFunction)

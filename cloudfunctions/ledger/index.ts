import { cloudbaseMain } from '../_lib/runtime/cloudbase-main'
import { ledgerFunction } from './function'

export const main = cloudbaseMain(ledgerFunction)

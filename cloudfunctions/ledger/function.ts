import { defineFunction } from '../_lib/runtime/router'
import { close } from './actions/close'
import { confirmClose } from './actions/confirmClose'
import { exportLedger } from './actions/export'
import { list } from './actions/list'
import { reopen } from './actions/reopen'
import { startApplication } from './actions/startApplication'

export const ledgerFunction = defineFunction('ledger', [list, close, confirmClose, reopen, exportLedger, startApplication])

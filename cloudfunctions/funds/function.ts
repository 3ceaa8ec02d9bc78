import { defineFunction } from '../_lib/runtime/router'
import { accountChanges } from './actions/accountChanges'
import { allocatable } from './actions/allocatable'
import { allocate } from './actions/allocate'
import { bankImport } from './actions/bankImport'
import { batch } from './actions/batch'
import { batchApprove } from './actions/batchApprove'
import { batchCreate } from './actions/batchCreate'
import { batchExport } from './actions/batchExport'
import { batches } from './actions/batches'
import { decideAccountChange } from './actions/decideAccountChange'
import { due } from './actions/due'
import { reconcile } from './actions/reconcile'
import { requestAccountChange } from './actions/requestAccountChange'
import { setBuilder } from './actions/setBuilder'
import { setRental } from './actions/setRental'
import { settle } from './actions/settle'

export const fundsFunction = defineFunction('funds', [
  allocatable,
  allocate,
  settle,
  due,
  batchCreate,
  batches,
  batch,
  batchApprove,
  batchExport,
  bankImport,
  reconcile,
  setBuilder,
  setRental,
  requestAccountChange,
  accountChanges,
  decideAccountChange,
])

import { api } from '@shared/api'
import { exportBatch } from '@shared/usecases/funds/bank-export'
import { implement } from '../../_lib/runtime/router'

export const batchExport = implement(api.funds.batchExport, (input, { deps, caller }) => exportBatch(deps, caller, input))

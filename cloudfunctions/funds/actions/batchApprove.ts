import { api } from '@shared/api'
import { approveBatch } from '@shared/usecases/funds/batch-steps'
import { implement } from '../../_lib/runtime/router'

export const batchApprove = implement(api.funds.batchApprove, (input, { deps, caller }) => approveBatch(deps, caller, input))

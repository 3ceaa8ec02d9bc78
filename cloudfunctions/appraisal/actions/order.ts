import { api } from '@shared/api'
import { orderAppraisal } from '@shared/usecases/appraisal/order'
import { implement } from '../../_lib/runtime/router'

export const order = implement(api.appraisal.order, (input, { deps, caller }) => orderAppraisal(deps, caller, input))

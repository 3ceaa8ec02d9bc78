import { api } from '@shared/api'
import { confirmAgreement } from '@shared/usecases/agreement/confirm-agreement'
import { implement } from '../../_lib/runtime/router'

export const confirm = implement(api.agreement.confirm, (input, { deps, caller }) => confirmAgreement(deps, caller, input))

import { api } from '@shared/api'
import { getAgreement } from '@shared/usecases/agreement/get-agreement'
import { implement } from '../../_lib/runtime/router'

export const get = implement(api.agreement.get, (input, { deps, caller }) => getAgreement(deps, caller, input))

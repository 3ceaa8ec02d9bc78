import { api } from '@shared/api'
import { resubmitApplication } from '@shared/usecases/resubmit-application'
import { implement } from '../../_lib/runtime/router'

export const resubmit = implement(api.application.resubmit, (input, { deps, caller }) => resubmitApplication(deps, caller, input))

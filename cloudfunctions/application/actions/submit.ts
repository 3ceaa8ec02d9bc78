import { api } from '@shared/api'
import { submitApplication } from '@shared/usecases/submit-application'
import { implement } from '../../_lib/runtime/router'

export const submit = implement(api.application.submit, (input, { deps, caller }) => submitApplication(deps, caller, input))

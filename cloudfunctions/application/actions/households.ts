import { api } from '@shared/api'
import { householdsInJurisdiction } from '@shared/usecases/households'
import { implement } from '../../_lib/runtime/router'

export const households = implement(api.application.households, (input, { deps, caller }) =>
  householdsInJurisdiction(deps, caller, input),
)

import { hazardApi } from '@shared/api/hazard.api'
import { confirmHazard } from '@shared/usecases/hazard/confirm'
import { implement } from '../../_lib/runtime/router'

export const confirm = implement(hazardApi.confirm, (input, { deps, caller }) => confirmHazard(deps, caller, input))

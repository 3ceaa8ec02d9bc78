import { hazardApi } from '@shared/api/hazard.api'
import { myHazards } from '@shared/usecases/hazard/lists'
import { implement } from '../../_lib/runtime/router'

export const mine = implement(hazardApi.mine, (input, { deps, caller }) => myHazards(deps, caller, input))

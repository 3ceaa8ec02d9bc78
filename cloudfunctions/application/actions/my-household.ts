import { api } from '@shared/api'
import { myHousehold as myHouseholdUseCase } from '@shared/usecases/households'
import { implement } from '../../_lib/runtime/router'

export const myHousehold = implement(api.application.myHousehold, (_input, { deps, caller }) => myHouseholdUseCase(deps, caller))

import { api } from '@shared/api'
import { houseRecord as read } from '@shared/usecases/inspection/read-inspections'
import { implement } from '../../_lib/runtime/router'

export const houseRecord = implement(api.inspection.houseRecord, (input, { deps, caller }) => read(deps, caller, input.houseId))

import { api } from '@shared/api'
import { recordInspection } from '@shared/usecases/inspection/record-inspection'
import { implement } from '../../_lib/runtime/router'

export const record = implement(api.inspection.record, (input, { deps, caller }) => recordInspection(deps, caller, input))

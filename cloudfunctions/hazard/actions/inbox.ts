import { hazardApi } from '@shared/api/hazard.api'
import { hazardInbox } from '@shared/usecases/hazard/lists'
import { implement } from '../../_lib/runtime/router'

export const inbox = implement(hazardApi.inbox, (input, { deps, caller }) => hazardInbox(deps, caller, input))

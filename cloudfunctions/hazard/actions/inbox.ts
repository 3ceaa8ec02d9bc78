import { hazardOversightApi } from '@shared/api/hazard-oversight.api'
import { hazardInbox } from '@shared/usecases/hazard/lists'
import { implement } from '../../_lib/runtime/router'

export const inbox = implement(hazardOversightApi.inbox, (input, { deps, caller }) => hazardInbox(deps, caller, input))

import { api } from '@shared/api'
import { startApplication as start } from '@shared/usecases/ledger/ledger-actions'
import { implement } from '../../_lib/runtime/router'

export const startApplication = implement(api.ledger.startApplication, (input, { deps, caller }) => start(deps, caller, input))

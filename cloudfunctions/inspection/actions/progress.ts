import { api } from '@shared/api'
import { campaignProgress } from '@shared/usecases/inspection/read-inspections'
import { implement } from '../../_lib/runtime/router'

export const progress = implement(api.inspection.progress, (input, { deps, caller }) =>
  campaignProgress(deps, caller, input.campaignId),
)

import { api } from '@shared/api'
import { listCampaigns } from '@shared/usecases/inspection/read-inspections'
import { implement } from '../../_lib/runtime/router'

export const campaigns = implement(api.inspection.campaigns, (input, { deps, caller }) => listCampaigns(deps, caller, input))

import { api } from '@shared/api'
import { openCampaign as open } from '@shared/usecases/inspection/open-campaign'
import { implement } from '../../_lib/runtime/router'

export const openCampaign = implement(api.inspection.openCampaign, (input, { deps, caller }) => open(deps, caller, input))

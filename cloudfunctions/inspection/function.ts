import { defineFunction } from '../_lib/runtime/router'
import { campaigns } from './actions/campaigns'
import { houseRecord } from './actions/houseRecord'
import { openCampaign } from './actions/openCampaign'
import { progress } from './actions/progress'
import { record } from './actions/record'
import { todo } from './actions/todo'

export const inspectionFunction = defineFunction('inspection', [openCampaign, campaigns, progress, todo, record, houseRecord])

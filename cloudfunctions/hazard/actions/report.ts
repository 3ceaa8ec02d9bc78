import { hazardApi } from '@shared/api/hazard.api'
import { reportHazard } from '@shared/usecases/hazard/report'
import { reporterView } from '@shared/usecases/hazard/views'
import { implement } from '../../_lib/runtime/router'

export const report = implement(hazardApi.report, async (input, { deps, caller }) =>
  reporterView(await reportHazard(deps, caller, input)),
)

import { api } from '@shared/api'
import { countyAppraisers } from '@shared/usecases/appraisal/reads'
import { implement } from '../../_lib/runtime/router'

export const appraisers = implement(api.appraisal.appraisers, (_input, { deps, caller }) => countyAppraisers(deps, caller))

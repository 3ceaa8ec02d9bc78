import { api } from '@shared/api'
import { caseDetail } from '@shared/usecases/case-detail'
import { implement } from '../../_lib/runtime/router'

export const detail = implement(api.application.detail, (input, { deps, caller }) => caseDetail(deps, caller, input.caseId))

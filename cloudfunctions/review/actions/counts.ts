import { api } from '@shared/api'
import { reviewCounts } from '@shared/usecases/list-cases'
import { implement } from '../../_lib/runtime/router'

export const counts = implement(api.review.counts, (_input, { deps, caller }) => reviewCounts(deps, caller))

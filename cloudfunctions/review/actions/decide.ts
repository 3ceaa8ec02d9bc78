import { api } from '@shared/api'
import { decideCase } from '@shared/usecases/decide-case'
import { implement } from '../../_lib/runtime/router'

export const decide = implement(api.review.decide, (input, { deps, caller }) => decideCase(deps, caller, input))

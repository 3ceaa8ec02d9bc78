import { api } from '@shared/api'
import { publicNotice } from '@shared/usecases/objections/notice'
import { implement } from '../../_lib/runtime/router'

export const notice = implement(api.publicity.notice, (input, { deps }) => publicNotice(deps, input.noticeId))

import { defineFunction } from '../_lib/runtime/router'
import { bind } from './actions/bind'
import { issueBindCode } from './actions/issue-bind-code'
import { markRead } from './actions/mark-read'
import { me } from './actions/me'
import { messages } from './actions/messages'

export const userFunction = defineFunction('user', [me, messages, markRead, issueBindCode, bind])

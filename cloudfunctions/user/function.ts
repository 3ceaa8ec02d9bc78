import { defineFunction } from '../_lib/runtime/router'
import { bind } from './actions/bind'
import { issueBindCode } from './actions/issue-bind-code'
import { markRead } from './actions/mark-read'
import { me } from './actions/me'
import { messages } from './actions/messages'
import { registerUpload } from './actions/register-upload'

export const userFunction = defineFunction('user', [me, messages, markRead, registerUpload, issueBindCode, bind])

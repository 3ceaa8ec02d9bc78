import { defineFunction } from '../_lib/runtime/router'
import { markRead } from './actions/mark-read'
import { me } from './actions/me'
import { messages } from './actions/messages'
import { registerUpload } from './actions/register-upload'

export const userFunction = defineFunction('user', [me, messages, markRead, registerUpload])

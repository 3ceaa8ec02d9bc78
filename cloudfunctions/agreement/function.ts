import { defineFunction } from '../_lib/runtime/router'
import { confirm } from './actions/confirm'
import { get } from './actions/get'
import { pdf } from './actions/pdf'

export const agreementFunction = defineFunction('agreement', [get, confirm, pdf])

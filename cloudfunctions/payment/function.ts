import { defineFunction } from '../_lib/runtime/router'
import { mine } from './actions/mine'
import { payable } from './actions/payable'
import { record } from './actions/record'
import { summary } from './actions/summary'

export const paymentFunction = defineFunction('payment', [payable, record, mine, summary])

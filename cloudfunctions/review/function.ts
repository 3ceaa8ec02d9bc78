import { defineFunction } from '../_lib/runtime/router'
import { counts } from './actions/counts'
import { decide } from './actions/decide'
import { inbox } from './actions/inbox'

export const reviewFunction = defineFunction('review', [inbox, counts, decide])

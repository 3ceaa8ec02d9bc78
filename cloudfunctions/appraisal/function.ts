import { defineFunction } from '../_lib/runtime/router'
import { appraisers } from './actions/appraisers'
import { detail } from './actions/detail'
import { exempt } from './actions/exempt'
import { inbox } from './actions/inbox'
import { order } from './actions/order'
import { record } from './actions/record'

export const appraisalFunction = defineFunction('appraisal', [order, inbox, detail, appraisers, record, exempt])

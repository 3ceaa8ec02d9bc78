import { defineFunction } from '../_lib/runtime/router'
import { check } from './actions/check'
import { importRows } from './actions/import'
import { record } from './actions/record'

export const benefitsFunction = defineFunction('benefits', [record, importRows, check])

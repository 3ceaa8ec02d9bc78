import { defineFunction } from '../_lib/runtime/router'
import { record } from './actions/record'

export const worksFunction = defineFunction('works', [record])

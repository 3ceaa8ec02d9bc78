import { defineFunction } from '../_lib/runtime/router'
import { record } from './actions/record'
import { todo } from './actions/todo'

export const worksFunction = defineFunction('works', [todo, record])

import { defineFunction } from '../_lib/runtime/router'
import { board } from './actions/board'

export const publicityFunction = defineFunction('publicity', [board])

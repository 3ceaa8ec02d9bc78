import { defineFunction } from '../_lib/runtime/router'
import { inForce } from './actions/in-force'
import { publish } from './actions/publish'

export const profileFunction = defineFunction('profile', [inForce, publish])

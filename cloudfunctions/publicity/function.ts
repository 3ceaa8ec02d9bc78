import { defineFunction } from '../_lib/runtime/router'
import { board } from './actions/board'
import { myObjections } from './actions/my-objections'
import { notice } from './actions/notice'
import { object } from './actions/object'
import { objectionPhotos } from './actions/objection-photos'
import { objections } from './actions/objections'
import { resolveObjection } from './actions/resolve-objection'

export const publicityFunction = defineFunction('publicity', [
  board,
  notice,
  object,
  myObjections,
  objections,
  objectionPhotos,
  resolveObjection,
])

import { api } from '@shared/api'
import { publicityBoard } from '@shared/usecases/publicity-board'
import { implement } from '../../_lib/runtime/router'

export const board = implement(api.publicity.board, (input, { deps }) => publicityBoard(deps, input))

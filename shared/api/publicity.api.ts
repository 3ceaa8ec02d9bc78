import { PageInput, RegionPath, pageOf } from '../schemas/common'
import { action } from './contract'
import { PublicNotice } from './views'

export const publicityApi = {
  board: action({
    fn: 'publicity',
    action: 'board',
    summary: 'The publicity board (公示栏) of a region, newest first: masked names and results only. Open to every WeChat user.',
    audience: 'public',
    effect: 'read',
    input: PageInput.extend({ regionPath: RegionPath.optional() }).strict(),
    output: pageOf(PublicNotice),
    errors: ['BAD_INPUT'],
  }),
} as const

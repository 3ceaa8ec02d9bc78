import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { renderApiDocs } from '../../../cloudfunctions/_build/api-docs'
import { api } from '@shared/api'
import { FUNCTIONS } from '../../../cloudfunctions/_lib/runtime/functions'

describe('docs/api.md', () => {
  it('is what the zod contracts generate (run `npm run docs:api` after changing shared/api)', () => {
    expect(readFileSync(resolve(__dirname, '../../../docs/api.md'), 'utf8')).toBe(renderApiDocs())
  })

  it('documents exactly the actions the functions implement', () => {
    const documented = Object.values(api).flatMap((actions) => Object.values(actions).map((c) => `${c.fn}.${c.action}`))
    const implemented = FUNCTIONS.flatMap((f) => Object.keys(f.actions).map((a) => `${f.name}.${a}`))
    expect(implemented.sort()).toEqual(documented.sort())
  })
})

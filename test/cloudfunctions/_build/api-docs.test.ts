import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { api } from '@shared/api'
import { COLLECTION_NAMES } from '@shared/store/collections'
import { renderApiDocs } from '../../../cloudfunctions/_build/api-docs'
import { renderCollectionsDoc } from '../../../cloudfunctions/_build/collections-docs'
import { FUNCTIONS } from '../../../cloudfunctions/_lib/runtime/functions'

const DOCS = resolve(__dirname, '../../../docs')
const pages = renderApiDocs()

describe('docs/api/', () => {
  it.each(Object.keys(pages).map((name) => [name]))(
    '%s is what the zod contracts generate (run `npm run docs:api` after changing shared/api)',
    (name) => {
      expect(readFileSync(resolve(DOCS, 'api', name), 'utf8')).toBe(pages[name])
    },
  )

  it('holds no page that the contracts no longer generate', () => {
    expect(readdirSync(resolve(DOCS, 'api')).sort()).toEqual(Object.keys(pages).sort())
  })

  it('has one page per function besides the index', () => {
    expect(Object.keys(pages).sort()).toEqual(['README.md', ...Object.keys(api).map((fn) => `${fn}.md`)].sort())
  })

  it('documents exactly the actions the functions implement', () => {
    const documented = Object.values(api).flatMap((actions) => Object.values(actions).map((c) => `${c.fn}.${c.action}`))
    const implemented = FUNCTIONS.flatMap((f) => Object.keys(f.actions).map((a) => `${f.name}.${a}`))
    expect(implemented.sort()).toEqual(documented.sort())
  })
})

describe('docs/collections.md', () => {
  it('is what shared/store/collections generates (run `npm run docs:api` after changing a collection)', () => {
    expect(readFileSync(resolve(DOCS, 'collections.md'), 'utf8')).toBe(renderCollectionsDoc())
  })

  it('names every collection with its own section', () => {
    const doc = renderCollectionsDoc()
    for (const name of COLLECTION_NAMES) expect(doc).toContain(`## \`${name}\``)
  })
})

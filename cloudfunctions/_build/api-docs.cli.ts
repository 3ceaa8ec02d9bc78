import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { renderApiDocs } from './api-docs'
import { renderCollectionsDoc } from './collections-docs'

const docs = resolve(__dirname, '../../docs')
const apiDir = join(docs, 'api')
const pages = renderApiDocs()

mkdirSync(apiDir, { recursive: true })
// A function that no longer exists must not leave its page behind.
for (const name of readdirSync(apiDir)) if (!(name in pages)) rmSync(join(apiDir, name))
for (const [name, text] of Object.entries(pages)) writeFileSync(join(apiDir, name), text)
writeFileSync(join(docs, 'collections.md'), renderCollectionsDoc())
console.log(`wrote ${apiDir}/ (${Object.keys(pages).length} files) and ${join(docs, 'collections.md')}`)

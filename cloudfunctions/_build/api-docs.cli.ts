import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { renderApiDocs } from './api-docs'

const target = resolve(__dirname, '../../docs/api.md')
writeFileSync(target, renderApiDocs())
console.log(`wrote ${target}`)

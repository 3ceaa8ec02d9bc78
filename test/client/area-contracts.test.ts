import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '../..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

/** Matches `from '@shared/api'`, `from '@shared/api/index'` and the same through `import(...)` or require. */
const WHOLE_API = /(['"])@shared\/api(\/index)?(\.ts)?\1/

describe('the client imports contracts per area', () => {
  const files = sources(join(ROOT, 'client'))

  it('finds the client sources', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  // The whole `api` object pulls every area's schemas into the main package.
  it.each(files.map((f) => [relative(ROOT, f)]))('%s does not import @shared/api as a whole', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(WHOLE_API)
  })
})

import { createHash } from 'node:crypto'
import { TABLE_FINGERPRINTS, WORKFLOW_VERSION, WORKFLOW_VERSIONS, tableFor } from '@shared/domain/workflow/tables'

/** JSON with object keys sorted at every level, so the same table always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('workflow table versions', () => {
  it.each(WORKFLOW_VERSIONS.map((v) => [v]))(
    'table v%i still hashes to its recorded fingerprint (a changed table needs a new version)',
    (version) => {
      expect(sha256(canonical(tableFor(version)))).toBe(TABLE_FINGERPRINTS[version])
    },
  )

  it('records a fingerprint for every table and no other', () => {
    expect(Object.keys(TABLE_FINGERPRINTS).map(Number).sort()).toEqual([...WORKFLOW_VERSIONS].sort())
  })

  it('numbers each table by its own version and opens new cases under a known one', () => {
    for (const v of WORKFLOW_VERSIONS) expect(tableFor(v).version).toBe(v)
    expect(WORKFLOW_VERSIONS).toContain(WORKFLOW_VERSION)
    expect(() => tableFor(999)).toThrow('unknown workflow version 999')
  })

  it('sees a change anywhere in a row, its guards or its effects', () => {
    const t = tableFor(1)
    const base = sha256(canonical(t))
    const dropGuard = structuredClone(t)
    dropGuard.states.village_approved!.on.approve = { to: 'township_approved', by: ['township'], guards: [] }
    const dropEffect = structuredClone(t)
    dropEffect.states.county_approved!.enter = []
    expect(sha256(canonical(dropGuard))).not.toBe(base)
    expect(sha256(canonical(dropEffect))).not.toBe(base)
  })
})

import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CODE_OF_REFUSAL, ERROR_CODES, refusalBody } from '@shared/api/errors'
import { DomainError, REFUSALS } from '@shared/domain/errors'

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : []
  })

describe('domain errors', () => {
  it.each(REFUSALS)('%s answers with an envelope code and its plain Chinese message', (refusal) => {
    const code = CODE_OF_REFUSAL[refusal]
    expect(Object.keys(ERROR_CODES)).toContain(code)
    expect(refusalBody(new DomainError(refusal))).toEqual({ code, message: ERROR_CODES[code], details: undefined })
  })

  it('keeps the explanation written for the person', () => {
    expect(refusalBody(new DomainError('over_cap', '超过剩余补助额度¥1.00', { remainingFen: 100 }))).toEqual({
      code: 'OVER_CAP',
      message: '超过剩余补助额度¥1.00',
      details: { remainingFen: 100 },
    })
  })

  it('treats anything else as unexpected', () => {
    expect(refusalBody(new Error('boom'))).toBeNull()
  })

  it.each([...filesUnder('shared/domain'), ...filesUnder('shared/usecases')])(
    '%s knows no envelope codes (only the API layer does)',
    (file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(/api\/errors'/)
    },
  )
})

import type { ActionContract } from '@shared/api/contract'
import type { Envelope, ErrorCode } from '@shared/api/errors'
import { caller } from '../cloudfunctions/call'
import { SEEDED_VILLAGES } from '../factories/seeded-world.factory'
import { reusableWorld } from './reusable-world'
import { ACTIONS, IDENTITIES, type Identity, nameOf, outsideRule, type Side, targetFor, validInput } from './targets'

/**
 * Every action × every caller × inside / outside their reach, generated from the contracts: the audience
 * says who may call, the jurisdiction rule says what they may name. Every row starts from the seeded world
 * as built, and a refusal must leave every collection as it was.
 */

type Expectation =
  | { kind: 'refused'; code: ErrorCode }
  /** Let in: any answer but a refusal of who is calling or of what they named (business refusals are fine). */
  | { kind: 'let in' }
  /** Let in, and passes over the records that are not the caller's: succeeds and changes nothing. */
  | { kind: 'ignored' }

const GATE_CODES: ErrorCode[] = ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'OUT_OF_JURISDICTION', 'NOT_FOUND']

function expected(c: ActionContract, who: Identity, side: Side): Expectation {
  if (c.audience === 'public') return { kind: 'let in' }
  if (!who.openid) return { kind: 'refused', code: 'UNAUTHENTICATED' }
  if (!who.user) return { kind: 'refused', code: 'NOT_REGISTERED' }
  if (c.audience !== 'registered' && !c.audience.includes(who.user.role)) return { kind: 'refused', code: 'FORBIDDEN' }
  if (side === 'inside') return { kind: 'let in' }
  return outsideRule(c) === 'ignored' ? { kind: 'ignored' } : { kind: 'refused', code: 'NOT_FOUND' }
}

type Row = { c: ActionContract; who: Identity; side: Side; expect: Expectation }

const ROWS: Row[] = ACTIONS.flatMap((c) => {
  const sides: Side[] = outsideRule(c) ? ['inside', 'outside'] : ['inside']
  return IDENTITIES.flatMap((who) => sides.map((side) => ({ c, who, side, expect: expected(c, who, side) })))
})

/**
 * Rows whose intended answer waits on another part of issue 7; the merger unskips them when it lands.
 * Until then the rows still run below with what holds either way (refused, or at least answered, and nothing changed).
 */
const PENDING = [
  {
    reason: 'router change: public actions answer to a caller without an identity (issue 7 §1, the public board on H5)',
    applies: (r: Row) => r.c.audience === 'public' && !r.who.openid,
  },
  {
    reason: 'OUT_OF_JURISDICTION and another household’s record answered exactly like NOT_FOUND (issue 7 §1, error details)',
    applies: (r: Row) => r.side === 'outside' && r.expect.kind === 'refused' && r.expect.code === 'NOT_FOUND',
  },
]
const pendingOf = (r: Row) => PENDING.find((p) => p.applies(r))

const title = (r: Row) => `${nameOf(r.c)} by ${r.who.key} ${r.side}: ${describeExpectation(r.expect)}`
const describeExpectation = (e: Expectation) => (e.kind === 'refused' ? e.code : e.kind)

let calls = 0

const worlds = reusableWorld()

async function run(r: Row) {
  const world = await worlds.world()
  const input = validInput(r.c, targetFor(world, r.who, r.side))
  const answer = (await caller(world)(r.c.fn, r.who.openid, { action: r.c.action, ...input })) as Envelope<unknown>
  calls++
  return { answer, unchanged: await worlds.unchanged(), input }
}

const codeOf = (answer: Envelope<unknown>) => (answer.ok ? 'ok' : answer.error.code)

describe('authorization matrix', () => {
  afterAll(() => {
    worlds.close()
    console.log(`authorization matrix: ${calls} calls over ${ACTIONS.length} actions × ${IDENTITIES.length} callers`)
  })

  it.each(ROWS.filter((r) => !pendingOf(r)).map((r) => [title(r), r] as const))('%s', async (_title, r) => {
    const { answer, unchanged, input } = await run(r)
    const got = codeOf(answer)
    const context = `${title(r)} — got ${got} for ${JSON.stringify(input)}`
    expect({ context, internal: got === 'INTERNAL' }).toEqual({ context, internal: false })
    if (r.expect.kind === 'refused') expect({ context, got }).toEqual({ context, got: r.expect.code })
    if (r.expect.kind === 'let in')
      expect({ context, gate: GATE_CODES.includes(got as ErrorCode) }).toEqual({ context, gate: false })
    if (r.expect.kind === 'ignored') expect({ context, got, unchanged }).toEqual({ context, got: 'ok', unchanged: true })
    if (!answer.ok) expect({ context, unchanged }).toEqual({ context, unchanged: true })
  })

  it.each(ROWS.filter((r) => pendingOf(r)).map((r) => [title(r), r] as const))(
    '%s — until the pending change: answered, refused or let in, and nothing changed on a refusal',
    async (_title, r) => {
      const { answer, unchanged } = await run(r)
      expect(codeOf(answer)).not.toBe('INTERNAL')
      if (r.expect.kind === 'refused') expect(['NOT_FOUND', 'OUT_OF_JURISDICTION', 'FORBIDDEN']).toContain(codeOf(answer))
      if (!answer.ok) expect(unchanged).toBe(true)
    },
  )
})

for (const pending of PENDING) {
  const rows = ROWS.filter((r) => pendingOf(r) === pending)
  describe(`pending: ${pending.reason}`, () => {
    console.info(`authorization matrix: ${rows.length} rows skipped until ${pending.reason}`)
    it.skip.each(rows.map((r) => [title(r), r] as const))('%s', async (_title, r) => {
      const { answer, unchanged } = await run(r)
      if (r.expect.kind === 'refused') {
        expect(codeOf(answer)).toBe(r.expect.code)
        // Nothing in the answer says where the record is.
        if (r.who.user?.role !== 'farmer') expect(JSON.stringify(answer)).not.toContain(SEEDED_VILLAGES[r.who.outside])
      } else {
        expect(GATE_CODES).not.toContain(codeOf(answer))
      }
      if (!answer.ok) expect(unchanged).toBe(true)
    })
  })
}

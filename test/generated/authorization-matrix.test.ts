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

const GATE_CODES: ErrorCode[] = ['UNAUTHENTICATED', 'NOT_REGISTERED', 'FORBIDDEN', 'NOT_FOUND']

function expected(c: ActionContract, who: Identity, side: Side): Expectation {
  // A public read answers anyone; a public write (binding one's identity) needs an identity to write for.
  if (c.audience === 'public') {
    return c.effect === 'write' && !who.openid ? { kind: 'refused', code: 'UNAUTHENTICATED' } : { kind: 'let in' }
  }
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

  it.each(ROWS.map((r) => [title(r), r] as const))('%s', async (_title, r) => {
    const { answer, unchanged, input } = await run(r)
    const got = codeOf(answer)
    const context = `${title(r)} — got ${got} for ${JSON.stringify(input)}`
    expect({ context, internal: got === 'INTERNAL' }).toEqual({ context, internal: false })
    if (r.expect.kind === 'refused') expect({ context, got }).toEqual({ context, got: r.expect.code })
    // Nothing in a refusal says where a record outside the caller's reach is.
    if (r.side === 'outside' && !answer.ok) expect(JSON.stringify(answer)).not.toContain(SEEDED_VILLAGES[r.who.outside])
    if (r.expect.kind === 'let in')
      expect({ context, gate: GATE_CODES.includes(got as ErrorCode) }).toEqual({ context, gate: false })
    if (r.expect.kind === 'ignored') expect({ context, got, unchanged }).toEqual({ context, got: 'ok', unchanged: true })
    if (!answer.ok) expect({ context, unchanged }).toEqual({ context, unchanged: true })
  })
})

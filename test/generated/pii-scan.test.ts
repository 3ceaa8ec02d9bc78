import type { ActionContract } from '@shared/api/contract'
import { containsSensitive } from '@shared/domain/masking'
import type { Household } from '@shared/schemas/household'
import { caller } from '../cloudfunctions/call'
import { USERS } from '../factories/world.factory'
import type { SeededWorld } from '../factories/seeded-world.factory'
import { reusableWorld } from './reusable-world'
import { ACTIONS, IDENTITIES, type Identity, nameOf, type Side, targetFor, validInput } from './targets'
import { shapeOf } from './zod-arbitrary'

/**
 * Every answer a member of the public or a farmer can get, over the seeded world, must hold no ID, phone or
 * bank number (of anyone, the farmer's own included: the app shows those masked) and no full name of a member
 * of another household. A farmer may see their own household's names: the case, the household and the
 * application form show them today, and the household knows them.
 */

const reachable = (c: ActionContract) => c.audience === 'public' || c.audience === 'registered' || c.audience.includes('farmer')

const farmer = IDENTITIES.find((i) => i.user?.role === 'farmer')!
const stranger = IDENTITIES.find((i) => i.openid && !i.user)!
const nobody = IDENTITIES.find((i) => !i.openid)!
const callersOf = (c: ActionContract) => (c.audience === 'public' ? [farmer, stranger, nobody] : [farmer])

const SEEDS = [7, 11, 13]

type Needle = { text: string; what: string }

/**
 * Hazard reporters, anonymous or not: no public or other person's answer may say who reported (their name or
 * OPENID) or show the phone they left (the reporter's own views show it masked). A report of the caller's own
 * is theirs to see, but its phone still only masked. Staff who report are left out of the name and OPENID
 * needles: a case's timeline names the official who acted on it, by design.
 */
function reporterNeedles(world: SeededWorld, who: Identity): Needle[] {
  const people = Object.values(USERS).filter((u) => u.role === 'farmer')
  const nameOf = new Map(people.map((u) => [u._id as string, u.name]))
  const staff = new Set(
    Object.values(USERS)
      .filter((u) => u.role !== 'farmer')
      .map((u) => u._id as string),
  )
  return world.seeded.hazards.flatMap((r) => {
    const own = r.reporterId === who.openid || staff.has(r.reporterId)
    const name = r.reporterName ?? nameOf.get(r.reporterId)
    return [
      ...(own ? [] : [{ text: r.reporterId, what: `reporter OPENID of ${r._id}` }]),
      ...(own || !name ? [] : [{ text: name, what: `reporter name of ${r._id}` }]),
      ...(r.contactPhone ? [{ text: r.contactPhone, what: `contact phone of ${r._id}` }] : []),
    ]
  })
}

function needlesFor(world: SeededWorld, who: Identity): Needle[] {
  const own = (h: Household) => who.user?.householdId === h._id
  // Who objected, and how to reach them, is never told to the public or to a household; the objector knows it.
  const objectors = world.seeded.objections
    .filter((o) => o.objectorId !== who.openid && o.objectorId !== who.user?._id)
    .flatMap((o) => [
      { text: o.objectorId, what: `objector of ${o._id}` },
      ...(o.objectorName ? [{ text: o.objectorName, what: `objector's name of ${o._id}` }] : []),
      ...(o.contactPhone ? [{ text: o.contactPhone, what: `objector's phone of ${o._id}` }] : []),
    ])
  return [...objectors, ...reporterNeedles(world, who), ...householdNeedles(world, own)]
}

function householdNeedles(world: SeededWorld, own: (h: Household) => boolean): Needle[] {
  return world.seeded.households.flatMap((h) => [
    ...h.members.map((m) => ({ text: m.idNumber, what: `ID number of ${h._id}` })),
    ...(h.phone ? [{ text: h.phone, what: `phone of ${h._id}` }] : []),
    ...(h.account ? [{ text: h.account.accountNo, what: `account of ${h._id}` }] : []),
    ...(own(h) ? [] : h.members.map((m) => ({ text: m.name, what: `full name of a member of ${h._id}` }))),
  ])
}

let scanned = 0
let answered = 0

describe('no personal data reaches the public or another household', () => {
  afterAll(() => console.log(`PII scan: ${scanned} answers scanned (${answered} with data, the rest refusals)`))

  const actions = ACTIONS.filter(reachable)
  it.each(actions.map((c) => [nameOf(c), c] as const))('%s', async (_name, c) => {
    const worlds = reusableWorld()
    const leaks: string[] = []
    try {
      for (const who of callersOf(c)) {
        for (const side of ['inside', 'outside'] as Side[]) {
          for (const seed of SEEDS) {
            const world = await worlds.world()
            const input = validInput(c, targetFor(world, who, side), seed)
            // Whole lists, not one page of them.
            if (shapeOf(c.input)?.limit) input.limit = 100
            const answer = await caller(world)(c.fn, who.openid, { action: c.action, ...input })
            scanned++
            if (answer.ok) answered++
            const text = JSON.stringify(answer)
            const where = `${nameOf(c)} by ${who.key} (${side}, ${JSON.stringify(input)})`
            if (containsSensitive(text)) leaks.push(`${where}: a number that looks like an ID, phone or account in ${text}`)
            for (const needle of needlesFor(world, who)) {
              if (text.includes(needle.text)) leaks.push(`${where}: ${needle.what} (${needle.text})`)
            }
            await worlds.unchanged()
          }
        }
      }
    } finally {
      worlds.close()
    }
    expect(leaks).toEqual([])
  })
})

/**
 * Officials see a report's reporter only when it is not anonymous: every answer of the hazard actions an official
 * may call, over the seeded reports (anonymous ones by people on record among them), holds no reporter OPENID and
 * no name of an anonymous reporter — the caller's own excepted, since an official may report too.
 */
describe('officials never learn who made an anonymous report', () => {
  const officials = IDENTITIES.filter((i) => i.user && i.user.role !== 'farmer')
  const hazardActions = ACTIONS.filter((c) => c.fn === 'hazard' && Array.isArray(c.audience))
  it.each(hazardActions.map((c) => [nameOf(c), c] as const))('%s', async (_name, c) => {
    const worlds = reusableWorld()
    const leaks: string[] = []
    const nameOfUser = new Map(Object.values(USERS).map((u) => [u._id as string, u.name]))
    try {
      for (const who of officials.filter((o) => (c.audience as readonly string[]).includes(o.user!.role))) {
        for (const side of ['inside', 'outside'] as Side[]) {
          const world = await worlds.world()
          const input = validInput(c, targetFor(world, who, side))
          if (shapeOf(c.input)?.limit) input.limit = 100
          const answer = await caller(world)(c.fn, who.openid, { action: c.action, ...input })
          scanned++
          const text = JSON.stringify(answer)
          for (const r of world.seeded.hazards) {
            if (r.reporterId === who.openid) continue
            const name = nameOfUser.get(r.reporterId)
            if (text.includes(`"${r.reporterId}"`)) leaks.push(`${nameOf(c)} by ${who.key}: reporter OPENID of ${r._id}`)
            if (r.anonymous && name && text.includes(name))
              leaks.push(`${nameOf(c)} by ${who.key}: name of the anonymous reporter of ${r._id}`)
          }
          await worlds.unchanged()
        }
      }
    } finally {
      worlds.close()
    }
    expect(leaks).toEqual([])
  })

  it('sees the reporter of a named report, so the scan above would catch one', async () => {
    const worlds = reusableWorld()
    try {
      const world = await worlds.world()
      const village = IDENTITIES.find((i) => i.key === 'villageA1')!
      const named = world.seeded.hazards.find((r) => r.regionPath === world.seeded.hazards[0]!.regionPath && r.reporterName)!
      const detail = await caller(world)('hazard', village.openid, { action: 'detail', reportId: named._id })
      expect(JSON.stringify(detail)).toContain(named.reporterName!)
      expect(JSON.stringify(detail)).toContain(named.contactPhone!)
    } finally {
      worlds.close()
    }
  })
})

describe('the PII scan sees real answers', () => {
  it("finds the farmer's own objection with its resolution, and no objector in it", async () => {
    const worlds = reusableWorld()
    try {
      const world = await worlds.world()
      const mine = await caller(world)('publicity', farmer.openid, { action: 'myObjections', limit: 100 })
      if (!mine.ok) throw new Error(mine.error.message)
      const items = (mine.data as { items: Array<{ _id: string; resolution: { text: string } | null }> }).items
      expect(items.map((o) => o._id)).toEqual(['obj-c1'])
      expect(items[0]!.resolution?.text).toContain('异议不成立')
      expect(JSON.stringify(mine)).not.toContain(farmer.openid!)
      expect(needlesFor(world, farmer).map((n) => n.text)).toEqual(
        expect.arrayContaining(['u-farmer2', '王五', '13911110001', 'wx-stranger']),
      )
    } finally {
      worlds.close()
    }
  })

  it("finds the farmer's own names in their case and only masked names on the board", async () => {
    const worlds = reusableWorld()
    try {
      const world = await worlds.world()
      const call = caller(world)
      const own = world.seeded.households.find((h) => h._id === farmer.user!.householdId)!
      const detail = await call('application', farmer.openid, {
        action: 'detail',
        caseId: targetFor(world, farmer, 'inside').case._id,
      })
      expect(JSON.stringify(detail)).toContain(own.headName)
      const board = await call('publicity', stranger.openid, { action: 'board', limit: 100 })
      if (!board.ok) throw new Error(board.error.message)
      const masked = (board.data as { items: Array<{ maskedName: string }> }).items.map((n) => n.maskedName)
      expect(masked.length).toBeGreaterThan(10)
      for (const name of masked) expect(name).toMatch(/^.\*+$/u)
    } finally {
      worlds.close()
    }
  })
})

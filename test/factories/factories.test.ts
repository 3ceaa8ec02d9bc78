import { COLLECTIONS, type CollectionName } from '@shared/store/collections'
import { CaseState } from '@shared/schemas/application'
import { within } from '@shared/domain/jurisdiction'
import { CLOSED_STATES } from '@shared/domain/workflow/states'
import { snapshot } from './world.factory'
import { aCase, aNotice, aNotification, aPayment, isApproved } from './case.factory'
import { PAID_STATES, SEEDED_VILLAGES, seededWorld } from './seeded-world.factory'

const check = (name: CollectionName, doc: unknown) => {
  const result = COLLECTIONS[name].schema.safeParse(doc)
  if (!result.success) throw new Error(`${name}: ${result.error.message}`)
}

describe('record factories', () => {
  it.each(CaseState.options)('aCase(%s) is a valid case whose timeline ends in that state', (state) => {
    const c = aCase(state)
    check('cases', c)
    expect(c.state).toBe(state)
    expect(c.history.at(-1)!.to).toBe(state)
    expect(c.history.map((h) => h.on)).toEqual([...c.history.map((h) => h.on)].sort())
    expect(c.subsidyCapFen === null).toBe(!isApproved(state))
  })

  it('notices, payments and notifications match their collections', () => {
    const c = aCase('county_approved')
    check('notices', aNotice(c, 'county_approval'))
    check('payments', aPayment(c))
    check('notifications', aNotification())
    expect(() => aPayment(aCase('submitted'))).toThrow(/never approved/)
  })

  it('an override wins over what the factory derives', () => {
    expect(aCase('county_approved', { subsidyCapFen: 5 }).subsidyCapFen).toBe(5)
    expect(aCase('submitted', { _id: 'x-1' }).seq).toMatch(/\|x-1$/)
  })
})

describe('seeded world', () => {
  it('holds every record valid, a case in every state in each village, and payments within the ceiling', async () => {
    const world = await seededWorld()
    try {
      const all = await snapshot(world.store)
      for (const [name, docs] of Object.entries(all)) for (const doc of docs) check(name as CollectionName, doc)
      for (const village of Object.keys(SEEDED_VILLAGES) as Array<keyof typeof SEEDED_VILLAGES>) {
        for (const state of CaseState.options) {
          const c = world.caseIn(village, state)
          expect(c.state).toBe(state)
          expect(within(SEEDED_VILLAGES[village], c.regionPath)).toBe(true)
          const paid = world.seeded.payments.filter((p) => p.caseId === c._id).reduce((s, p) => s + p.amountFen, 0)
          expect(paid).toBe(c.paidFen)
          expect(paid > 0).toBe(PAID_STATES.includes(state))
          expect(c.paidFen).toBeLessThanOrEqual(c.subsidyCapFen ?? 0)
          expect(world.householdOf(c).activeCaseId === c._id || CLOSED_STATES.includes(state)).toBe(true)
        }
      }
      const ids = world.seeded.households.flatMap((h) => h.members.map((m) => m.idNumber))
      expect(new Set(ids).size).toBe(ids.length)
      const names = world.seeded.households.flatMap((h) => h.members.map((m) => m.name))
      expect(new Set(names).size).toBe(names.length)
    } finally {
      world.close()
    }
  })
})

import { approvedSubsidyFen, settle, settledNeeds } from '@shared/domain/funds/amounts'
import { linesDue } from '@shared/domain/funds/lines-due'
import { positionOf } from '@shared/domain/funds/reconcile'
import { startUpShares } from '@shared/domain/funds/stages'
import { LUOZHUANG_2020 } from '@shared/domain/policy-profile'
import type { Disbursement, DisbursementStatus } from '@shared/schemas/funds'
import fc from 'fast-check'
import { aCase } from '../../factories/case.factory'
import { aLine, aRepairPlan } from '../../factories/funds.factory'

const fen = (max = 10_000_000) => fc.integer({ min: 0, max })
const percents = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .filter(([a, b]) => a + b <= 100)
  .map(([start, structure]) => ({ start, structure, acceptance: 100 - start - structure }))
const status = fc.constantFrom<DisbursementStatus>('due', 'in_batch', 'paid', 'failed', 'cancelled')
const isFen = (n: number) => Number.isSafeInteger(n) && n >= 0

const repairCase = (over: Partial<Parameters<typeof aCase>[1]> = {}) =>
  aCase('under_construction', {
    mode: 'repair',
    gradeAtApplication: 'C',
    plan: aRepairPlan(),
    ...over,
  })

describe('the arithmetic of the money (property tests)', () => {
  it('the start-up money splits over the milestones to the fen, whatever the percentages', () => {
    fc.assert(
      fc.property(fen(), percents, (amount, p) => {
        const s = startUpShares(amount, p)
        expect(s.start + s.structure + s.acceptance).toBe(amount)
        for (const v of Object.values(s)) expect(isFen(v)).toBe(true)
      }),
    )
  })

  it('settlement: the last payment is approved − paid, never negative; what was paid beyond is recovered', () => {
    fc.assert(
      fc.property(fen(), fc.array(fc.tuple(fen(2_000_000), status), { maxLength: 8 }), (approved, spec) => {
        const c = repairCase()
        const lines = spec.map(([amountFen, s], i) => aLine(c, i + 1, { amountFen: Math.max(1, amountFen), status: s }))
        const out = settle(approved, lines)
        const committed = lines.filter((l) => l.status === 'paid' || l.status === 'in_batch').reduce((a, l) => a + l.amountFen, 0)
        expect(isFen(out.finalFen) && isFen(out.recoveryFen)).toBe(true)
        expect(committed + out.finalFen - out.recoveryFen).toBe(approved)
        expect(out.neededFen).toBe(Math.max(committed, approved))
        expect(out.finalFen === 0 || out.recoveryFen === 0).toBe(true)
      }),
    )
  })

  it('the approved subsidy is the settled cost within the cap, never above it', () => {
    fc.assert(
      fc.property(
        fen(5_000_000),
        fc.integer({ min: 1, max: 30_000 }).map((n) => n / 100),
        fc.integer({ min: 1, max: 8 }),
        (cost, area, size) => {
          const rebuild = aCase('accepted', { householdSize: size, gradeAtApplication: 'D', mode: 'rebuild' })
          const c = { ...rebuild, plan: { ...repairCase().plan!, mode: 'rebuild' as const, areaM2: area } }
          const approved = approvedSubsidyFen(c, LUOZHUANG_2020, { costFen: cost, builtAreaM2: area })
          const standard = size <= 2 ? 40 : size <= 4 ? 60 : 80
          expect(isFen(approved)).toBe(true)
          expect(approved).toBeLessThanOrEqual(cost)
          expect(approved).toBeLessThanOrEqual(c.subsidyCapFen!)
          expect(approved).toBeLessThanOrEqual(Math.round(Math.min(area, standard) * 100) * 800)
        },
      ),
    )
  })

  it('payments falling due never exceed the money allocated, nor a stage its share', () => {
    fc.assert(
      fc.property(
        fen(3_000_000),
        fc.array(fc.constantFrom('start', 'structure', 'acceptance'), { maxLength: 3 }),
        fc.option(fen(2_000_000), { nil: null }),
        (allocatedFen, reached, approved) => {
          const on = '2026-11-23'
          const milestones = {
            start: reached.includes('start') || approved !== null ? on : null,
            structure: reached.includes('structure') || approved !== null ? on : null,
            acceptance: reached.includes('acceptance') || approved !== null ? on : null,
            settlement: approved !== null ? on : null,
          }
          const settlement =
            approved === null
              ? null
              : { costFen: approved, approvedFen: approved, recoveryFen: 0, reviewRef: 'PS-1', on, byId: 'u', byName: 'u' }
          const c = { ...repairCase(), allocatedFen, milestones, settlement }
          let lines: Disbursement[] = []
          // Asked again and again (as every allocation and milestone does), it adds nothing once it has answered.
          for (let round = 0; round < 3; round++) {
            const added = linesDue(c, LUOZHUANG_2020, lines).map((d) =>
              aLine(c, lines.length + 1, { _id: `l${lines.length}-${d.stage}`, stage: d.stage, amountFen: d.amountFen }),
            )
            if (round > 0) expect(added).toEqual([])
            lines = [...lines, ...added]
          }
          const total = lines.reduce((a, l) => a + l.amountFen, 0)
          expect(total).toBeLessThanOrEqual(allocatedFen)
          const shares = startUpShares(500_000, LUOZHUANG_2020.stagePercents)
          if (approved === null) {
            for (const s of ['start', 'structure', 'acceptance'] as const) {
              const staged = lines.filter((l) => l.stage === s).reduce((a, l) => a + l.amountFen, 0)
              expect(staged).toBeLessThanOrEqual(shares[s])
            }
          } else {
            expect(total).toBeLessThanOrEqual(Math.max(approved, settledNeeds(approved, lines).neededFen))
          }
        },
      ),
    )
  })

  it('allocated = paid + due + in batch + failed + held, for any lines', () => {
    fc.assert(
      fc.property(fen(), fc.array(fc.tuple(fen(1_000_000), status), { maxLength: 10 }), (allocated, spec) => {
        const c = repairCase()
        const lines = spec.map(([amountFen, s], i) => aLine(c, i + 1, { amountFen: Math.max(1, amountFen), status: s }))
        const p = positionOf([{ kind: 'start', amountFen: allocated }], lines)
        expect(p.paidFen + p.dueFen + p.inBatchFen + p.failedFen + p.heldFen).toBe(p.allocatedFen)
        for (const v of [p.paidFen, p.dueFen, p.inBatchFen, p.failedFen]) expect(isFen(v)).toBe(true)
      }),
    )
  })
})

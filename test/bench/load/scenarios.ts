import type { FunctionName } from '@shared/api/contract'
import { BENCH_TODAY, type Manifest } from '../generate/manifest'
import { createRng } from '../generate/random'
import type { FloorAction } from './floor-queries'

export type Call = { token: string; body: Record<string, unknown> }

/** One hot action: where it goes, and the next call to make (a different caller and record each time). */
export type Scenario = {
  name: string
  fn: FunctionName
  floor: FloorAction
  /** Writes use each record once, so they run a fixed number of calls rather than for a while. */
  writes: boolean
  /** Calls available; reads can repeat, so Infinity. */
  available: number
  call(i: number): Call
}

function cycle<T>(items: readonly T[], seed: string): (i: number) => T {
  if (items.length === 0) throw new Error(`the dataset has nothing for ${seed}`)
  const rng = createRng(items.length).fork(seed)
  const order = Array.from({ length: Math.min(items.length, 4096) }, () => rng.int(0, items.length - 1))
  return (i) => items[order[i % order.length]!]!
}

/**
 * The hot actions. Writes take their records from `share` of the pool: `first` or `second` half,
 * so the API and the floor each get records nobody has used.
 */
export function scenarios(m: Manifest, share: 'first' | 'second'): Scenario[] {
  const officials = [...m.officials.village, ...m.officials.township, ...m.officials.county]
  const half = <T>(items: readonly T[]) => {
    const mid = Math.floor(items.length / 2)
    return share === 'first' ? items.slice(0, mid) : items.slice(mid)
  }
  const inbox = cycle(officials, 'inbox')
  const appraiser = cycle(m.officials.appraiser, 'appraisal inbox')
  const townships = cycle(m.officials.township, 'objections')
  const detail = cycle(m.details, 'detail')
  const boardRegion = cycle([undefined, ...m.boardRegions], 'board')
  const visitor = cycle(m.visitors, 'visitor')
  const payee = cycle(m.payees, 'payee')
  const hazardVillage = cycle(m.hazardVillages, 'hazard villages')
  const applicants = half(m.applicants)
  const approvals = half(m.approvals)
  const read = { writes: false, available: Infinity }
  return [
    {
      name: 'official inbox',
      fn: 'review',
      floor: 'inbox',
      ...read,
      call: (i) => ({ token: inbox(i).token, body: { action: 'inbox', limit: 20 } }),
    },
    {
      name: 'appraisal inbox',
      fn: 'appraisal',
      floor: 'appraisalInbox',
      ...read,
      call: (i) => ({ token: appraiser(i).token, body: { action: 'inbox', limit: 20 } }),
    },
    {
      name: 'case detail',
      fn: 'application',
      floor: 'detail',
      ...read,
      call: (i) => ({ token: detail(i).token, body: { action: 'detail', caseId: detail(i).caseId } }),
    },
    {
      name: 'publicity board',
      fn: 'publicity',
      floor: 'board',
      ...read,
      call: (i) => {
        const regionPath = boardRegion(i)
        return {
          token: visitor(i),
          body: regionPath ? { action: 'board', limit: 20, regionPath } : { action: 'board', limit: 20 },
        }
      },
    },
    {
      name: 'objection inbox',
      fn: 'publicity',
      floor: 'objections',
      ...read,
      call: (i) => ({ token: townships(i).token, body: { action: 'objections', limit: 20 } }),
    },
    {
      name: 'hazard public list',
      fn: 'hazard',
      floor: 'hazards',
      ...read,
      call: (i) => ({ token: visitor(i), body: { action: 'publicList', regionPath: hazardVillage(i).path, limit: 20 } }),
    },
    {
      name: 'ledger',
      fn: 'ledger',
      floor: 'ledger',
      ...read,
      // The ledger page opens on 待整改: the village's open entries, the longest-standing first.
      call: (i) => ({ token: hazardVillage(i).token, body: { action: 'list', state: 'open', limit: 20 } }),
    },
    {
      name: 'my payments',
      fn: 'payment',
      floor: 'payments',
      ...read,
      call: (i) => ({ token: payee(i).token, body: { action: 'mine', limit: 20 } }),
    },
    {
      name: 'apply',
      fn: 'application',
      floor: 'apply',
      writes: true,
      available: applicants.length,
      call: (i) => {
        const a = applicants[i]!
        return {
          token: a.token,
          body: {
            action: 'submit',
            houseId: a.houseId,
            targetGroup: a.targetGroup,
            mode: a.mode,
            reason: '房屋墙体开裂，屋面漏雨，申请改造。',
          },
        }
      },
    },
    {
      name: 'approve',
      fn: 'review',
      floor: 'approve',
      writes: true,
      available: approvals.length,
      call: (i) => ({
        token: approvals[i]!.token,
        body: {
          action: 'decide',
          caseId: approvals[i]!.caseId,
          decision: 'approve',
          comment: '经村民代表评议，同意。',
          meeting: {
            meetingOn: BENCH_TODAY,
            attendance: 25,
            votesFor: 21,
            votesAgainst: 2,
            minutesPhotoId: approvals[i]!.minutesPhotoId,
          },
        },
      }),
    },
  ]
}

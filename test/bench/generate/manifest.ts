import type { CaseState, Mode } from '@shared/schemas/application'
import type { TargetGroup } from '@shared/schemas/household'

/** The legal date the generated county stands on, and the date the benchmark server is pinned to. */
export const BENCH_TODAY = '2026-11-23'
export const DEFAULT_SEED = 20261123

/** A bearer token the local server maps to the official's or farmer's OPENID. */
export type Login = { token: string; openid: string; regionPath: string }

/** What the load tests need to know about the data: who may call, and on what. */
export type Manifest = {
  households: number
  seed: number
  today: string
  counts: Record<string, number>
  casesByState: Record<CaseState, number>
  generateMs: number
  fileBytes: number
  officials: { village: Login[]; township: Login[]; county: Login[]; finance: Login[]; appraiser: Login[] }
  /** A case and an official of its village who may open it. */
  details: Array<{ token: string; caseId: string }>
  /** Farmers whose households have been paid. */
  payees: Login[]
  /** Farmers who may apply now: an eligible household with no case yet. */
  applicants: Array<{ token: string; houseId: string; targetGroup: TargetGroup; mode: Mode }>
  /** Cases waiting for the village's review, each with an official of that village. */
  approvals: Array<{ token: string; caseId: string; minutesPhotoId: string }>
  boardRegions: string[]
  /** WeChat users with no record: the public reading the board. */
  visitors: string[]
  /** Villages with public hazard reports, each with its village official's token (for the ledger). */
  hazardVillages: Array<{ path: string; token: string }>
}

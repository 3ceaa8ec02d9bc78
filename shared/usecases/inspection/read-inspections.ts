import { campaignOverdue } from '../../domain/inspection'
import { DomainError } from '../../domain/errors'
import { within } from '../../domain/jurisdiction'
import { ledgerOverdue } from '../../domain/ledger'
import type { House } from '../../schemas/house'
import type { Campaign, CampaignVillage, Inspection } from '../../schemas/inspection'
import type { LedgerEntry } from '../../schemas/ledger'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { COLLECTION_NAMES, col, type CollectionName } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { type Page, type PageRequest, pageBySeq } from '../paging'

const countyOf = (path: string) => path.split('.')[0]!

/** A campaign the caller works in: their county's. Another county's answers as one that does not exist. */
async function campaignOfCaller(deps: Deps, caller: Registered, campaignId: string): Promise<Campaign> {
  const campaign = await mustGet(deps.store, 'campaigns', campaignId)
  if (!within(campaign.regionPath, caller.user.regionPath)) throw new DomainError('not_found')
  return campaign
}

type Tally = { inScope: number; done: number }
const sum = (rows: readonly Tally[]): Tally => ({
  inScope: rows.reduce((n, r) => n + r.inScope, 0),
  done: rows.reduce((n, r) => n + r.done, 0),
})

export type CampaignSummary = Campaign & Tally & { overdue: boolean }

function summary(c: Campaign, caller: Registered, today: string): CampaignSummary {
  const mine = c.villages.filter((v) => within(caller.user.regionPath, v.path))
  const tally = sum(mine)
  return { ...c, villages: mine, ...tally, overdue: campaignOverdue({ deadline: c.deadline, ...tally }, today) }
}

/** The campaigns of the caller's county, newest first, each counted over the caller's own villages. */
export async function listCampaigns(deps: Deps, caller: Registered, page: PageRequest): Promise<Page<CampaignSummary>> {
  const { today } = nowOf(deps)
  const rows = await pageBySeq(col(deps.store, 'campaigns'), { 'region.county': countyOf(caller.user.regionPath) }, page, 'desc')
  return { items: rows.items.map((c) => summary(c, caller, today)), next: rows.next }
}

export type VillageProgress = CampaignVillage & { overdue: boolean }
export type TownshipProgress = { path: string; name: string; inScope: number; done: number; overdue: boolean }
export type CampaignProgress = {
  campaign: CampaignSummary
  townships: TownshipProgress[]
  villages: VillageProgress[]
}

/** Done / in scope per village and township of the caller's reach, with the late ones flagged. */
export async function campaignProgress(deps: Deps, caller: Registered, campaignId: string): Promise<CampaignProgress> {
  const { today } = nowOf(deps)
  const campaign = summary(await campaignOfCaller(deps, caller, campaignId), caller, today)
  const late = (t: Tally) => campaignOverdue({ deadline: campaign.deadline, ...t }, today)
  const villages = campaign.villages.map((v) => ({ ...v, overdue: late(v) }))
  const townships = [...new Set(villages.map((v) => v.township))].map((path) => {
    const of = villages.filter((v) => v.township === path)
    const tally = sum(of)
    return { path, name: of[0]!.townshipName, ...tally, overdue: late(tally) }
  })
  return { campaign, townships, villages }
}

/** What the village official still has to inspect in a campaign, in address order. */
export async function inspectionTodo(
  deps: Deps,
  caller: Registered,
  input: { campaignId: string } & PageRequest,
): Promise<Page<Inspection>> {
  await campaignOfCaller(deps, caller, input.campaignId)
  return pageBySeq(
    col(deps.store, 'inspections'),
    { campaignId: input.campaignId, 'region.village': caller.user.regionPath, state: 'todo' },
    input,
    'asc',
  )
}

export type LedgerItem = LedgerEntry & { overdue: boolean }

/** The fields of a hazard report the whole-life record shows; never who reported it. */
export type HouseHazardReport = { _id: string; status?: string; category?: string; createdAt?: string }

/**
 * The hazard reports of a house, once the public channel stores them in `hazard_reports` with a `houseId`:
 * the whole-life record reads them here (the contract keeps only the fields above), and answers none while the
 * collection does not exist.
 */
async function hazardReportsOf(deps: Deps, houseId: string): Promise<HouseHazardReport[]> {
  const name = 'hazard_reports' as CollectionName
  if (!COLLECTION_NAMES.includes(name)) return []
  const rows = (await col(deps.store, name).where({ houseId }).limit(100).get()) as unknown as HouseHazardReport[]
  return rows
}

export type HouseRecord = {
  house: House
  headName: string
  villageName: string
  inspections: Inspection[]
  ledger: LedgerItem[]
  hazardReports: HouseHazardReport[]
}

/** The house's whole-life record: its grades and inspections, its campaign records and its ledger entries. */
export async function houseRecord(deps: Deps, caller: Registered, houseId: string): Promise<HouseRecord> {
  const house = await mustGet(deps.store, 'houses', houseId)
  requireWithin(caller, house.regionPath)
  const { today } = nowOf(deps)
  const [household, village, inspections, entries, hazardReports] = await Promise.all([
    col(deps.store, 'households').doc(house.householdId).get(),
    col(deps.store, 'regions').doc(house.regionPath).get(),
    col(deps.store, 'inspections').where({ houseId, state: 'done' }).orderBy('seq', 'desc').limit(100).get(),
    col(deps.store, 'ledger_entries').where({ houseId }).orderBy('seq', 'desc').limit(100).get(),
    hazardReportsOf(deps, houseId),
  ])
  return {
    house,
    headName: household?.headName ?? '',
    villageName: village?.name ?? house.regionPath,
    inspections,
    ledger: entries.map((e) => ({ ...e, overdue: ledgerOverdue(e, today) })),
    hazardReports,
  }
}

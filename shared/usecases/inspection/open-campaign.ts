import { defaultCampaignDeadline, scopeReasons } from '../../domain/inspection'
import { profileInForceFor } from '../profiles'
import { DomainError } from '../../domain/errors'
import { latestGrade } from '../../domain/house-record'
import { levelOf } from '../../domain/jurisdiction'
import { cmp, type DocumentStore } from '../../ports/document-store'
import type { House } from '../../schemas/house'
import type { Campaign, CampaignVillage, Inspection } from '../../schemas/inspection'
import type { Region } from '../../schemas/region'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { seqOf } from '../paging'
import { campaignIdOf, inspectionIdOf } from './campaign-ids'

export type OpenCampaignInput = { name?: string | undefined; deadline?: string | undefined }

/** Reads stay within one page of the store; a village's houses are walked in pages by id. */
const PAGE = 500
/** Todo records per transaction: a county's scope is written village by village, in small batches. */
const BATCH = 100

async function allOf<T extends { _id: string }>(read: (after: string | null) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let after: string | null = null; ; ) {
    const rows = await read(after)
    out.push(...rows)
    if (rows.length < PAGE) return out
    after = rows[rows.length - 1]!._id
  }
}

const pageWhere = (where: Record<string, unknown>, after: string | null) =>
  (after ? { ...where, _id: cmp.gt(after) } : where) as Parameters<ReturnType<typeof col>['where']>[0]

async function villagesOf(store: DocumentStore, county: string): Promise<Array<{ village: Region; township: Region }>> {
  const townships = await col(store, 'regions').where({ parent: county }).limit(PAGE).get()
  const out: Array<{ village: Region; township: Region }> = []
  for (const township of townships.sort((a, b) => a._id.localeCompare(b._id))) {
    const villages = await col(store, 'regions').where({ parent: township._id }).limit(PAGE).get()
    for (const village of villages.sort((a, b) => a._id.localeCompare(b._id))) out.push({ village, township })
  }
  return out
}

/** The houses of one village in scope and why, computed from the households, the ledger and the grades. */
async function scopeOf(store: DocumentStore, villagePath: string) {
  const where = { 'region.village': villagePath }
  const houses = await allOf<House>((after) =>
    col(store, 'houses').where(pageWhere(where, after)).orderBy('_id', 'asc').limit(PAGE).get(),
  )
  const households = await allOf((after) =>
    col(store, 'households').where(pageWhere(where, after)).orderBy('_id', 'asc').limit(PAGE).get(),
  )
  const onLedger = new Set<string>()
  for (const state of ['open', 'closing'] as const) {
    const entries = await allOf((after) =>
      col(store, 'ledger_entries')
        .where(pageWhere({ ...where, state }, after))
        .orderBy('_id', 'asc')
        .limit(PAGE)
        .get(),
    )
    for (const e of entries) if (e.houseId) onLedger.add(e.houseId)
  }
  const byId = new Map(households.map((h) => [h._id, h]))
  return houses.flatMap((house) => {
    const household = byId.get(house.householdId)
    const reasons = scopeReasons({
      targetGroups: household?.targetGroups ?? [],
      onLedger: onLedger.has(house._id),
      grade: latestGrade(house)?.grade ?? null,
    })
    return reasons.length > 0 ? [{ house, headName: household?.headName ?? '', reasons }] : []
  })
}

/**
 * 全面排查: the county opens a campaign; every village's list is worked out now and written as todo records,
 * village by village. The campaign itself is written last, so it is only listed once its whole scope exists,
 * and a retry after a failure rewrites the same records (their ids come from the campaign and the house).
 */
export async function openCampaign(deps: Deps, caller: Registered, input: OpenCampaignInput): Promise<Campaign> {
  const county = caller.user.regionPath
  if (levelOf(county) !== 'county') throw new DomainError('forbidden', '只有县级主管部门可以开启排查')
  const { at, today } = nowOf(deps)
  const profile = await profileInForceFor(deps, county, today)
  const deadline = input.deadline ?? defaultCampaignDeadline(today, profile.inspectionDeadlines)
  if (deadline < today) throw new DomainError('bad_input', '截止日期不能早于今天', { field: 'deadline' })
  const id = campaignIdOf(county, deadline)
  if (await col(deps.store, 'campaigns').doc(id).get())
    throw new DomainError('invalid_transition', `截止日期为${deadline}的排查已经开启`, { campaignId: id })

  const villages: CampaignVillage[] = []
  for (const { village, township } of await villagesOf(deps.store, county)) {
    const scope = await scopeOf(deps.store, village._id)
    const records: Inspection[] = scope.map(({ house, headName, reasons }) => {
      const inspectionId = inspectionIdOf(id, house._id)
      return {
        _id: inspectionId,
        campaignId: id,
        houseId: house._id,
        householdId: house.householdId,
        regionPath: house.regionPath,
        region: house.region,
        villageName: village.name,
        address: house.address,
        headName,
        reasons,
        inScope: true,
        state: 'todo',
        result: null,
        ledgerEntryId: null,
        // The list walks a village house by house in address order, the way the official walks it.
        seq: seqOf(house.address.slice(0, 80), inspectionId),
      }
    })
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH)
      await deps.store.runTransaction(async (tx) => {
        for (const r of batch) await txCol(tx, 'inspections').doc(r._id).set(withoutId(r))
      })
    }
    villages.push({
      path: village._id,
      name: village.name,
      township: township._id,
      townshipName: township.name,
      inScope: records.length,
      done: 0,
    })
  }

  const campaign: Campaign = {
    _id: id,
    name: input.name ?? `${deadline.slice(0, 4)}年${deadline.slice(5, 7) <= '06' ? '上半年' : '下半年'}农房安全排查`,
    regionPath: county,
    region: { county },
    deadline,
    openedOn: today,
    openedById: caller.user._id,
    openedByName: caller.user.name,
    villages,
    createdAt: at,
    seq: seqOf(at, id),
  }
  await deps.store.runTransaction(async (tx) => {
    if (await txCol(tx, 'campaigns').doc(id).get()) throw new DomainError('invalid_transition', '该期排查已经开启')
    await txCol(tx, 'campaigns').doc(id).set(withoutId(campaign))
  })
  return campaign
}

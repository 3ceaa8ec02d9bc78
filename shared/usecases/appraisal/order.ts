import type { z } from 'zod'
import type { OrderAppraisalInput, OrderOutcome } from '../../api/appraisal.api'
import { DomainError } from '../../domain/errors'
import { levelOf, within } from '../../domain/jurisdiction'
import { cmp, MAX_READ } from '../../ports/document-store'
import type { Appraisal } from '../../schemas/appraisal'
import type { House } from '../../schemas/house'
import type { Household } from '../../schemas/household'
import type { User } from '../../schemas/user'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col, txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet, regionName } from '../load'
import { seqOf } from '../paging'

type Input = z.output<typeof OrderAppraisalInput>

/** One transaction writes the whole batch; a village larger than this is ordered in parts. */
export const MAX_ORDER_HOUSES = 100

/**
 * 县住建部门委托鉴定: one house, a list, or a village's target-group (or named) households. Every house must be in
 * the official's jurisdiction and the appraiser one of the county's; a house whose last order is still open is
 * skipped, so the same house is never on two appraisers' lists at once.
 */
export async function orderAppraisal(deps: Deps, caller: Registered, input: Input): Promise<OrderOutcome> {
  const { at, today } = nowOf(deps)
  const appraiser = await appraiserFor(deps, caller, input.appraiserId)
  const { houses, unmatched } = input.villagePath
    ? await villageHouses(deps, caller, input.villagePath, input.householdNames)
    : await listedHouses(deps, caller, input.houseIds)
  for (const house of houses) if (!within(appraiser.regionPath, house.regionPath)) throw new DomainError('not_found')
  if (houses.length > MAX_ORDER_HOUSES) {
    throw new DomainError('bad_input', `一次最多委托${MAX_ORDER_HOUSES}户，请分批委托`, { field: 'houseIds' })
  }
  if (houses.length === 0) throw new DomainError('bad_input', '没有找到要鉴定的房屋', { field: 'houseIds' })
  // After the jurisdiction checks, so a record out of reach answers NOT_FOUND whatever else is wrong.
  if (input.dueOn < today) throw new DomainError('bad_input', '完成期限不能早于今天', { field: 'dueOn' })

  const households = await householdsOf(deps, houses)
  const villageNames = new Map<string, string>()
  for (const house of houses) {
    if (!villageNames.has(house.regionPath)) villageNames.set(house.regionPath, await regionName(deps.store, house.regionPath))
  }
  const batchId = deps.newId()
  const outcome: OrderOutcome = { batchId, ordered: [], skipped: [], unmatched }
  await deps.store.runTransaction(async (tx) => {
    outcome.ordered = []
    outcome.skipped = []
    for (const listed of houses) {
      const house = await txCol(tx, 'houses').doc(listed._id).get()
      if (!house) throw new DomainError('not_found')
      const headName = households.get(house.householdId)?.headName ?? ''
      if (house.openAppraisalId) {
        outcome.skipped.push({ houseId: house._id, headName, reason: '已有未完成的鉴定委托' })
        continue
      }
      const id = deps.newId()
      const record: Appraisal = {
        _id: id,
        regionPath: house.regionPath,
        region: house.region,
        villageName: villageNames.get(house.regionPath) ?? house.regionPath,
        houseId: house._id,
        householdId: house.householdId,
        headName,
        address: house.address,
        batchId,
        orderedById: caller.user._id,
        orderedByName: caller.user.name,
        orderedOn: today,
        appraiserId: appraiser._id,
        appraiserName: appraiser.name,
        dueOn: input.dueOn,
        note: input.note,
        state: 'ordered',
        result: null,
        exemption: null,
        caseId: null,
        createdAt: at,
        updatedAt: at,
        seq: seqOf(at, id),
      }
      await txCol(tx, 'appraisals').doc(id).set(withoutId(record))
      await txCol(tx, 'houses').doc(house._id).update({ openAppraisalId: id })
      outcome.ordered.push({ _id: id, houseId: house._id, headName })
    }
  })
  return outcome
}

/** An appraiser of the caller's county; anyone else answers as a user that does not exist. */
async function appraiserFor(deps: Deps, caller: Registered, id: string): Promise<User> {
  const user = await mustGet(deps.store, 'users', id)
  if (user.role !== 'appraiser' || user.disabled) throw new DomainError('not_found')
  requireWithin(caller, user.regionPath)
  return user
}

async function listedHouses(deps: Deps, caller: Registered, ids: readonly string[]) {
  const houses: House[] = []
  for (const id of new Set(ids)) {
    const house = await mustGet(deps.store, 'houses', id)
    requireWithin(caller, house.regionPath)
    houses.push(house)
  }
  return { houses, unmatched: [] as string[] }
}

/** The village's target-group households' houses, or those of the households whose head is named. */
async function villageHouses(deps: Deps, caller: Registered, villagePath: string, names: readonly string[]) {
  requireWithin(caller, villagePath)
  if (levelOf(villagePath) !== 'village') throw new DomainError('bad_input', '请选择一个村', { field: 'villagePath' })
  const households = await col(deps.store, 'households').where({ 'region.village': villagePath }).limit(MAX_READ).get()
  const wanted = new Set(names)
  const chosen = households.filter((h) => (names.length > 0 ? wanted.has(h.headName) : h.targetGroups.length > 0))
  const found = new Set(chosen.map((h) => h.headName))
  const houseIds = chosen.flatMap((h) => h.houseIds)
  const houses: House[] = []
  for (let i = 0; i < houseIds.length; i += MAX_READ) {
    const part = houseIds.slice(i, i + MAX_READ)
    houses.push(
      ...(await col(deps.store, 'houses')
        .where({ _id: cmp.in(part) })
        .limit(MAX_READ)
        .get()),
    )
  }
  houses.sort((a, b) => houseIds.indexOf(a._id) - houseIds.indexOf(b._id))
  return { houses, unmatched: [...wanted].filter((n) => !found.has(n)) }
}

async function householdsOf(deps: Deps, houses: readonly House[]): Promise<Map<string, Household>> {
  const ids = [...new Set(houses.map((h) => h.householdId))]
  const out = new Map<string, Household>()
  for (let i = 0; i < ids.length; i += MAX_READ) {
    const part = ids.slice(i, i + MAX_READ)
    for (const h of await col(deps.store, 'households')
      .where({ _id: cmp.in(part) })
      .limit(MAX_READ)
      .get())
      out.set(h._id, h)
  }
  return out
}

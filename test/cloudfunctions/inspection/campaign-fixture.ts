import { col, withoutId } from '@shared/usecases/collections'
import { aHouseGraded } from '../../factories/house.factory'
import { aHousehold } from '../../factories/household.factory'
import { PATHS, USERS, type World } from '../../factories/world.factory'
import { dataOf, type WorldCall } from '../call'
import { aStoredFile } from '../../factories/upload.factory'

/**
 * The world's county plus, in village A1, a household of no target group with a B-grade house (in scope for
 * monitoring) and one with an A-grade house (out of scope unless it is on the ledger).
 */
export async function withScopeHouses(world: World): Promise<void> {
  const store = world.store
  for (const [id, grade, house] of [
    ['hh-4', 'B', 'house-4'],
    ['hh-5', 'A', 'house-5'],
  ] as const) {
    const household = aHousehold({
      _id: id,
      regionPath: PATHS.villageA1,
      headName: `户主${id}`,
      targetGroups: [],
      houseIds: [house],
    })
    await col(store, 'households').doc(id).set(withoutId(household))
    const h = aHouseGraded(grade, { _id: house, householdId: id, regionPath: PATHS.villageA1, address: `甲一村${house}号` })
    await col(store, 'houses').doc(house).set(withoutId(h))
  }
}

/** A photo the official uploaded (registered, attached to nothing yet). */
export async function aPhotoOf(world: World, call: WorldCall, openid: string): Promise<string> {
  const fileId = await aStoredFile(world.deps.files)
  return dataOf(await call('user', openid, { action: 'registerUpload', fileId })).id as string
}

export const openCampaign = async (call: WorldCall, input: Record<string, unknown> = {}) =>
  dataOf(await call('inspection', USERS.county._id, { action: 'openCampaign', ...input })) as { _id: string; deadline: string }

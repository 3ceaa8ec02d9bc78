import type { StaffView } from '@shared/api/admin.api'
import type { DocumentStore } from '@shared/ports/document-store'
import type { User } from '@shared/schemas/user'
import { regionNames } from '@shared/usecases/load'

/** Staff as the administrator sees them, each region by its name, read once for the whole list. */
export async function staffViews(store: DocumentStore, users: readonly User[]): Promise<StaffView[]> {
  const names = await regionNames(
    store,
    users.map((u) => u.regionPath),
  )
  return users.map((u) => ({
    _id: u._id,
    name: u.name,
    role: u.role,
    regionPath: u.regionPath,
    regionName: names.get(u.regionPath) ?? u.regionPath,
    phone: u.phone ?? null,
    disabled: u.disabled ?? false,
  }))
}

export const staffView = async (store: DocumentStore, u: User): Promise<StaffView> => (await staffViews(store, [u]))[0]!

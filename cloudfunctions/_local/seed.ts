import { newId } from '../_lib/adapters/ids'
import type { DocumentStore } from '@shared/ports/document-store'
import { auditedStore, systemActor } from '@shared/store/audited-store'
import { hashSecret } from '@shared/usecases/auth/secrets'
import { col, withoutId } from '@shared/usecases/collections'
import { indexMembers } from '@shared/usecases/member-index'
import { type SchemeName, SCHEMES, seedCountyProfile } from '@shared/usecases/profiles'
import { DEMO_APPRAISALS } from './demo-appraisals'
import { DEMO_ADMIN_SIGN_IN, DEMO_COUNTY, DEMO_HOUSEHOLDS, DEMO_HOUSES, DEMO_REGIONS, DEMO_USERS } from './demo-data'

/** Writes the demo county into an empty store, running the district scheme unless `scheme` says the city one. */
export async function seedDemo(raw: DocumentStore, scheme: SchemeName = 'district'): Promise<void> {
  // Seeded records are in the audit trail too, written by the system.
  const now = () => new Date().toISOString()
  const store = auditedStore(raw, { actor: systemActor(), call: 'seed.demo', requestId: null, requestKey: null, now, newId })
  for (const r of DEMO_REGIONS) await col(store, 'regions').doc(r._id).set(withoutId(r))
  for (const h of DEMO_HOUSEHOLDS) await col(store, 'households').doc(h._id).set(withoutId(h))
  for (const h of DEMO_HOUSES) await col(store, 'houses').doc(h._id).set(withoutId(h))
  for (const u of DEMO_USERS) await col(store, 'users').doc(u._id).set(withoutId(u))
  for (const a of DEMO_APPRAISALS) {
    await col(store, 'appraisals').doc(a._id).set(withoutId(a))
    await col(store, 'houses').doc(a.houseId).update({ openAppraisalId: a._id })
  }
  await seedCountyProfile(store, DEMO_COUNTY, SCHEMES[scheme], now())
  await indexMembers(store, DEMO_HOUSEHOLDS)
  const { phone, userId, password } = DEMO_ADMIN_SIGN_IN
  await col(store, 'accounts')
    .doc(phone)
    .set({ userId, passwordHash: await hashSecret(password), codesSentAt: [] })
}

export async function isSeeded(store: DocumentStore): Promise<boolean> {
  return (await col(store, 'regions').count()) > 0
}

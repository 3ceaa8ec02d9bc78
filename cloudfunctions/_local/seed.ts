import type { DocumentStore } from '@shared/ports/document-store'
import { hashSecret } from '@shared/usecases/auth/secrets'
import { col, withoutId } from '@shared/usecases/collections'
import { DEMO_ADMIN_SIGN_IN, DEMO_HOUSEHOLDS, DEMO_HOUSES, DEMO_REGIONS, DEMO_USERS } from './demo-data'

/** Writes the demo county into an empty store: only in development, or by `npm run seed:demo`. */
export async function seedDemo(store: DocumentStore): Promise<void> {
  for (const r of DEMO_REGIONS) await col(store, 'regions').doc(r._id).set(withoutId(r))
  for (const h of DEMO_HOUSEHOLDS) await col(store, 'households').doc(h._id).set(withoutId(h))
  for (const h of DEMO_HOUSES) await col(store, 'houses').doc(h._id).set(withoutId(h))
  for (const u of DEMO_USERS) await col(store, 'users').doc(u._id).set(withoutId(u))
  const { phone, userId, password } = DEMO_ADMIN_SIGN_IN
  await col(store, 'accounts')
    .doc(phone)
    .set({ userId, passwordHash: await hashSecret(password), codesSentAt: [] })
}

export async function isSeeded(store: DocumentStore): Promise<boolean> {
  return (await col(store, 'regions').count()) > 0
}

import { type SessionKind, sessionEndsAt, touchEveryMs } from '../../domain/session-rules'
import { cmp, type DocumentStore } from '../../ports/document-store'
import { col } from '../collections'
import { digest, newToken } from './secrets'

/** Opens a session for `openid` (an identity: OPENID, H5 visitor id or staff user id); returns the bearer token. */
export async function openSession(store: DocumentStore, openid: string, kind: SessionKind, now: Date): Promise<string> {
  const token = newToken()
  const { _id, ...session } = sessionRecord(token, openid, kind, now)
  await col(store, 'sessions').doc(_id).set(session)
  return token
}

/**
 * The identity behind a token, or null when unknown, ended or revoked. An ended session is removed; a live one
 * has its last-seen time moved forward now and then (`touchEveryMs`), so reading pages does not write on every request.
 */
export async function identityOf(store: DocumentStore, token: string, now: Date): Promise<string | null> {
  const ref = col(store, 'sessions').doc(digest(token))
  const session = await ref.get()
  if (!session) return null
  if (now.getTime() >= Date.parse(session.endsAt)) {
    await ref.remove()
    return null
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) >= touchEveryMs(session.kind)) {
    const endsAt = sessionEndsAt(session.kind, new Date(session.createdAt), now)
    await ref.update({ lastSeenAt: now.toISOString(), endsAt: endsAt.toISOString() })
  }
  return session.openid
}

export async function revokeSession(store: DocumentStore, token: string): Promise<void> {
  await col(store, 'sessions').doc(digest(token)).remove()
}

/** Signs a person out everywhere (role changed, account disabled). */
export async function revokeSessionsOf(store: DocumentStore, openid: string): Promise<number> {
  let removed = 0
  for (;;) {
    const batch = await col(store, 'sessions').where({ openid }).limit(100).get()
    for (const s of batch) await col(store, 'sessions').doc(s._id).remove()
    removed += batch.length
    if (batch.length < 100) return removed
  }
}

/** One pass of clean-up for the jobs scheduler: removes at most `limit` ended sessions; returns how many. */
export async function removeExpiredSessions(store: DocumentStore, now: Date, { limit }: { limit: number }): Promise<number> {
  const ended = await col(store, 'sessions')
    .where({ endsAt: cmp.lte(now.toISOString()) })
    .orderBy('endsAt', 'asc')
    .limit(Math.min(limit, 1000))
    .get()
  for (const s of ended) await col(store, 'sessions').doc(s._id).remove()
  return ended.length
}

/** The stored form of a session opened at `now`, for writers that bypass the store (the benchmark's bulk loader). */
export function sessionRecord(token: string, openid: string, kind: SessionKind, now: Date) {
  return {
    _id: digest(token),
    openid,
    kind,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    endsAt: sessionEndsAt(kind, now, now).toISOString(),
  }
}

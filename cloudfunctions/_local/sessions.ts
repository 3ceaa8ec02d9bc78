import { randomBytes } from 'node:crypto'
import type { DocumentStore } from '@shared/ports/document-store'

type Session = { _id: string; openid: string; createdAt: string }

/**
 * Stand-in for the WeChat context on the local server: a bearer token maps to an OPENID.
 * Kept in the store so a restart does not sign everyone out.
 */
export function createSessions(store: DocumentStore) {
  const sessions = store.collection<Session>('sessions')
  return {
    async open(openid: string): Promise<string> {
      const token = randomBytes(24).toString('base64url')
      await sessions.doc(token).set({ openid, createdAt: new Date().toISOString() })
      return token
    },
    async openidOf(authorization: string | undefined): Promise<string | null> {
      const token = /^Bearer ([A-Za-z0-9_-]{16,64})$/.exec(authorization ?? '')?.[1]
      if (!token) return null
      return (await sessions.doc(token).get())?.openid ?? null
    },
  }
}
export type Sessions = ReturnType<typeof createSessions>

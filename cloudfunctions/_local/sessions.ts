import type { SessionKind } from '@shared/domain/session-rules'
import type { DocumentStore } from '@shared/ports/document-store'
import { identityOf, openSession, revokeSession } from '@shared/usecases/auth/sessions'

export { removeExpiredSessions } from '@shared/usecases/auth/sessions'

const tokenOf = (authorization: string | undefined): string | null =>
  /^Bearer ([A-Za-z0-9_-]{16,64})$/.exec(authorization ?? '')?.[1] ?? null

/**
 * Stand-in for the WeChat context on the local server: a bearer token maps to an identity. Kept in the store so
 * a restart does not sign everyone out. Sessions run on real time, not the demo clock the dev routes move, so
 * stepping past a publicity window does not sign staff out.
 */
export function createSessions(store: DocumentStore, now: () => Date = () => new Date()) {
  return {
    open: (openid: string, kind: SessionKind): Promise<string> => openSession(store, openid, kind, now()),
    async openidOf(authorization: string | undefined): Promise<string | null> {
      const token = tokenOf(authorization)
      return token ? identityOf(store, token, now()) : null
    },
    async close(authorization: string | undefined): Promise<void> {
      const token = tokenOf(authorization)
      if (token) await revokeSession(store, token)
    },
  }
}
export type Sessions = ReturnType<typeof createSessions>

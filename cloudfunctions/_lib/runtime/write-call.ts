import { AppError } from '@shared/api/errors'
import { sha256Hex } from '@shared/domain/audit/canonical'
import type { AuditActor } from '@shared/domain/audit/entry'
import { RequestAlreadyClaimed, auditedStore } from '@shared/store/audited-store'
import type { Caller, Deps } from '@shared/usecases/deps'
import { col } from '@shared/usecases/collections'

/** The optional client request id of a write action; the router takes it out of the body before the contract parse. */
export const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

export function takeRequestId(body: Record<string, unknown>): string | null {
  const id = body.requestId
  if (id === undefined) return null
  if (typeof id !== 'string' || !REQUEST_ID.test(id)) {
    throw new AppError('BAD_INPUT', 'requestId: 请求编号应为8到64位字母、数字、_ 或 -', [
      { path: 'requestId', message: '请求编号应为8到64位字母、数字、_ 或 -' },
    ])
  }
  return id
}

/** One caller's one request id for one action; the OPENID is hashed in, so nobody can replay another's answer. */
export const requestKeyOf = (openid: string, call: string, requestId: string) =>
  `req_${sha256Hex(`${openid}\n${call}\n${requestId}`).slice(0, 40)}`

const actorOf = ({ openid, user }: Caller): AuditActor =>
  user ? { id: user._id, name: user.name, role: user.role, openid } : { id: null, name: '', role: 'public', openid }

/** How long a repeat waits for the first call's answer, and how often it looks. */
const WAIT_MS = 10_000
const POLL_MS = 50

export type WriteCall = {
  call: string
  caller: Caller
  deps: Deps
  requestId: string | null
  /** The handler with its store, projected onto the contract: the answer the caller gets. */
  answer(deps: Deps): Promise<unknown>
}

/**
 * Runs a write action through the audited store. With a request id the first transaction claims the id, so of
 * two calls carrying it exactly one changes anything; the other (and any later repeat) gets the first answer.
 * Only answers are kept: a refusal is worked out again on a retry.
 */
export async function runWrite(w: WriteCall, rounds = 2): Promise<unknown> {
  // Without an identity a request id cannot be tied to one caller, so it is not replayed to anyone.
  const requestKey = w.requestId && w.caller.openid ? requestKeyOf(w.caller.openid, w.call, w.requestId) : null
  if (requestKey) {
    const prior = await col(w.deps.store, 'requests').doc(requestKey).get()
    if (prior) return waitForAnswer(w, requestKey, rounds)
  }
  const store = auditedStore(w.deps.store, {
    actor: actorOf(w.caller),
    call: w.call,
    requestId: w.requestId,
    requestKey,
    now: () => w.deps.clock.now().toISOString(),
    newId: w.deps.newId,
  })
  let answer: unknown
  try {
    answer = await w.answer({ ...w.deps, store })
  } catch (error) {
    if (!requestKey) throw error
    if (store.claimed) {
      // A write of this call committed and a later step refused: free the id so the person can try again.
      await col(w.deps.store, 'requests').doc(requestKey).remove()
      throw error
    }
    // Another call with this id got there first: its claim aborted our transaction, or its change made us refuse.
    if (error instanceof RequestAlreadyClaimed || (await col(w.deps.store, 'requests').doc(requestKey).get())) {
      return waitForAnswer(w, requestKey, rounds)
    }
    throw error
  }
  await store.settle(answer)
  return answer
}

async function waitForAnswer(w: WriteCall, requestKey: string, rounds: number): Promise<unknown> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const record = await col(w.deps.store, 'requests').doc(requestKey).get()
    if (record?.state === 'done') return record.answer
    // The first call gave up without an answer: this one is worked out afresh.
    if (!record && rounds > 1) return runWrite(w, rounds - 1)
    if (!record || Date.now() > deadline) throw new AppError('REQUEST_PENDING')
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/**
 * Runs `work` one pass at a time. A caller arriving while a pass runs joins the next pass, which starts when
 * the running one ends and which every later caller shares until it starts. So each caller resolves after a
 * pass that began after it asked — it sees what the caller committed — and no two passes ever overlap.
 *
 * Used for outbox delivery: sixteen writes finishing together make two passes, not sixteen passes that each
 * read the same pending messages and send them again.
 */
export function coalesce(work: () => Promise<void>): () => Promise<void> {
  let tail: Promise<void> = Promise.resolve()
  let next: Promise<void> | null = null
  return () => {
    if (next) return next
    const pass = tail.then(() => {
      next = null
      return work()
    })
    next = pass
    tail = pass.catch(() => undefined)
    return pass
  }
}

import { type ChainFault, chainVerifier } from '../domain/audit/verify'
import type { AuditEntry } from '../domain/audit/entry'
import { AUDIT_HEAD_ID } from '../store/audited-store'
import { type DocumentStore, MAX_READ, cmp } from '../ports/document-store'
import { col } from './collections'

export type ChainReport = { entries: number; fault: ChainFault | null }

/** Walks the whole audit chain in id order, one page of at most 1,000 entries at a time. */
export async function verifyAuditLog(store: DocumentStore, pageSize = MAX_READ): Promise<ChainReport> {
  const verifier = chainVerifier()
  let after: string | null = null
  let entries = 0
  for (;;) {
    const query = col(store, 'audit')
    const page = (await (after ? query.where({ _id: cmp.gt(after) }) : query)
      .orderBy('_id', 'asc')
      .limit(Math.min(pageSize, MAX_READ))
      .get()) as AuditEntry[]
    for (const entry of page) {
      entries++
      const fault = verifier.push(entry)
      if (fault) return { entries, fault }
    }
    if (page.length < Math.min(pageSize, MAX_READ)) break
    after = page[page.length - 1]!._id
  }
  const head = await col(store, 'audit_heads').doc(AUDIT_HEAD_ID).get()
  return { entries, fault: verifier.end(head) }
}

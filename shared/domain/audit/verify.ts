import { type AuditEntry, GENESIS_HASH, auditKey, entryHash } from './entry'

export type ChainFault = {
  kind: 'altered' | 'removed' | 'reordered'
  /** The position in the chain where the fault is first seen. */
  seq: number
  /** The stored document found there, if any. */
  id: string | null
  message: string
}

export type ChainHead = { seq: number; hash: string }

/**
 * Checks a chain fed to it in order (by id), page by page, holding only the last entry seen. The first
 * fault is the answer: an entry whose hash does not match its content was altered; a gap in the numbers,
 * or a head further on than the last entry, means entries were removed; an entry under another entry's
 * key, numbered backwards, or pointing to a hash other than its predecessor's was moved.
 */
export function chainVerifier() {
  let seq = 0
  let hash = GENESIS_HASH
  let fault: ChainFault | null = null
  const found = (f: ChainFault) => {
    fault = f
    return f
  }
  return {
    push(entry: AuditEntry): ChainFault | null {
      if (fault) return fault
      const expected = seq + 1
      const { _id, hash: stored, ...content } = entry
      if (entryHash(content) !== stored) {
        return found({ kind: 'altered', seq: expected, id: _id, message: `第${expected}条记录（${_id}）内容被改动` })
      }
      if (_id !== auditKey(entry.seq) || entry.seq < expected) {
        return found({ kind: 'reordered', seq: expected, id: _id, message: `第${expected}条位置上是第${entry.seq}条记录` })
      }
      if (entry.seq > expected) {
        return found({ kind: 'removed', seq: expected, id: null, message: `第${expected}条记录缺失` })
      }
      if (entry.prevHash !== hash) {
        return found({ kind: 'reordered', seq: expected, id: _id, message: `第${expected}条记录没有接在第${seq}条之后` })
      }
      seq = entry.seq
      hash = stored
      return null
    },
    /** After the last page: the head names how far the chain went, so entries removed from its end show too. */
    end(head: ChainHead | null): ChainFault | null {
      if (fault) return fault
      if ((head?.seq ?? 0) > seq) {
        return found({ kind: 'removed', seq: seq + 1, id: null, message: `第${seq + 1}条起的记录缺失` })
      }
      if (head && (head.seq < seq || head.hash !== hash)) {
        return found({ kind: 'altered', seq, id: auditKey(seq), message: `链头与第${seq}条记录不符` })
      }
      return null
    },
    get checked() {
      return seq
    },
  }
}

/** The whole chain at once, for small chains and tests. */
export function verifyChain(entries: readonly AuditEntry[], head: ChainHead | null): ChainFault | null {
  const v = chainVerifier()
  for (const e of entries) if (v.push(e)) break
  return v.end(head)
}

import { type AuditEntry, GENESIS_HASH, auditKey, entryHash } from '@shared/domain/audit/entry'

/** A correctly chained trail of `n` entries, each touching one case. */
export function aChain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  let prevHash = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      prevHash,
      at: `2026-11-23T08:00:${String(seq % 60).padStart(2, '0')}.000Z`,
      actor: { id: 'u-finance', name: '冯财', role: 'finance', openid: 'u-finance' },
      call: 'payment.record',
      requestId: null,
      caseId: `case-${seq}`,
      householdId: 'hh-1',
      changes: [{ collection: 'cases', id: `case-${seq}`, before: { paidFen: 0 }, after: { paidFen: seq * 100 } }],
    }
    const hash = entryHash(content)
    out.push({ _id: auditKey(seq), ...content, hash })
    prevHash = hash
  }
  return out
}

export const headOf = (chain: readonly AuditEntry[]) => {
  const last = chain[chain.length - 1]
  return last ? { seq: last.seq, hash: last.hash } : null
}

import type { Transaction } from '../../ports/document-store'
import type { LedgerEntry, LedgerKind, LedgerSource } from '../../schemas/ledger'
import { txCol, withoutId } from '../collections'
import type { Deps } from '../deps'
import { nowOf } from '../clock-view'
import { seqOf } from '../paging'

export type NewLedgerEntry = {
  source: { kind: LedgerSource; id: string }
  kind: LedgerKind
  place: Pick<LedgerEntry, 'regionPath' | 'region' | 'villageName'>
  houseId: string | null
  householdId: string | null
  problem: string
  owner: { id: string; name: string }
  deadline: string
  /** The map's pin, when the source knows where the problem is. */
  location?: LedgerEntry['location']
}

/** One source opens at most one entry, so the id is the source's: a transaction reads by id only. */
export function ledgerEntryId(source: { kind: LedgerSource; id: string }): string {
  return `ledger-${source.kind}-${source.id}`
}

/**
 * Puts a problem on the ledger inside the caller's transaction, so a report, inspection or appraisal and
 * its entry are written together or not at all. One source opens one entry: a repeat returns the first.
 */
export async function openLedgerEntry(tx: Transaction, deps: Deps, entry: NewLedgerEntry): Promise<LedgerEntry> {
  const id = ledgerEntryId(entry.source)
  const existing = await txCol(tx, 'ledger_entries').doc(id).get()
  if (existing) return existing
  const { at, today } = nowOf(deps)
  const record: LedgerEntry = {
    _id: id,
    ...entry.place,
    houseId: entry.houseId,
    householdId: entry.householdId,
    source: entry.source,
    kind: entry.kind,
    problem: entry.problem,
    ownerId: entry.owner.id,
    ownerName: entry.owner.name,
    deadline: entry.deadline,
    state: 'open',
    closure: null,
    confirmation: null,
    reopenings: [],
    location: entry.location ?? null,
    caseId: null,
    openedOn: today,
    createdAt: at,
    updatedAt: at,
    seq: seqOf(at, id),
  }
  await txCol(tx, 'ledger_entries').doc(id).set(withoutId(record))
  return record
}

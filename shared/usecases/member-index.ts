import { maskIdNumber } from '../domain/masking'
import type { DocumentStore, Transaction } from '../ports/document-store'
import type { CaseFlag } from '../schemas/application'
import type { Household } from '../schemas/household'
import { type MemberIndexEntry, memberIndexId } from '../schemas/profile'
import { col, txCol, withoutId } from './collections'

/** The index entries of a household: one per listed person. */
export function memberEntries(household: Household): MemberIndexEntry[] {
  return household.members.map((m) => ({
    _id: memberIndexId(m.idNumber, household._id),
    idNumber: m.idNumber.toUpperCase(),
    householdId: household._id,
    county: household.region.county,
    regionPath: household.regionPath,
  }))
}

/** For seeding: every person of these households in the index. */
export async function indexMembers(store: DocumentStore, households: readonly Household[]): Promise<void> {
  for (const h of households) {
    for (const e of memberEntries(h)) await col(store, 'member_index').doc(e._id).set(withoutId(e))
  }
}

/** At a filing, inside its transaction: the index learns the household's persons (set by id, so a repeat changes nothing). */
export async function indexMembersInTx(tx: Transaction, household: Household): Promise<void> {
  for (const e of memberEntries(household)) await txCol(tx, 'member_index').doc(e._id).set(withoutId(e))
}

/**
 * A person of this household listed in another household of the county, and (worse) in another household's open case:
 * flagged to the township and the county, who sort out which household the person belongs to. Read before the filing's
 * transaction (a transaction reads by id only); the open case is the other household's `activeCaseId`.
 */
export async function duplicatePersonFlags(store: DocumentStore, household: Household, today: string): Promise<CaseFlag[]> {
  const flags: CaseFlag[] = []
  for (const m of household.members) {
    const idNumber = m.idNumber.toUpperCase()
    const entries = await col(store, 'member_index').where({ county: household.region.county, idNumber }).limit(50).get()
    for (const e of entries) {
      if (e.householdId === household._id) continue
      const other = await col(store, 'households').doc(e.householdId).get()
      if (!other?.members.some((p) => p.idNumber.toUpperCase() === idNumber)) continue
      const base = { idNumberMasked: maskIdNumber(idNumber), otherHouseholdId: other._id, otherRegionPath: other.regionPath }
      flags.push(
        other.activeCaseId
          ? { kind: 'id_in_other_open_case', ...base, otherCaseId: other.activeCaseId, raisedOn: today }
          : { kind: 'id_in_other_household', ...base, otherCaseId: null, raisedOn: today },
      )
    }
  }
  return flags
}

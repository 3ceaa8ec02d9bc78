import type { PolicyProfile } from '../../domain/policy-profile'
import { createHash } from 'node:crypto'
import { canonicalJson, sha256Hex } from '../../domain/audit/canonical'
import { AGREEMENT_PARTIES, buildAgreement, PARTY_LABEL } from '../../domain/agreement/document'
import { AGREEMENT_STATES, agreementReaderOf, type AgreementReader } from '../../domain/agreement/parties'
import { DomainError } from '../../domain/errors'
import type { DocumentStore } from '../../ports/document-store'
import type { AgreementConfirmation, AgreementDocument } from '../../schemas/agreement'
import type { AgreementParty, Application } from '../../schemas/application'
import type { Household } from '../../schemas/household'
import { col } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet, regionName } from '../load'

export type PartyNames = { townshipName: string; villageName: string; countyName: string }

/** The region names the agreement names its parties by; read outside any transaction (they are not case data). */
export async function partyNames(store: DocumentStore, c: Application): Promise<PartyNames> {
  const [townshipName, villageName, countyName] = await Promise.all([
    regionName(store, c.region.township),
    regionName(store, c.region.village),
    regionName(store, c.region.county),
  ])
  return { townshipName, villageName, countyName }
}

/**
 * The agreement of the case's current plan and the hash of its canonical text; refused before there is a plan. The
 * profile is the case's own (read before any transaction: a transaction reads by id only, and the version never changes).
 */
export function agreementOf(
  profile: PolicyProfile,
  c: Application,
  household: Household,
  names: PartyNames,
): { document: AgreementDocument; hash: string } {
  if (!c.plan || !AGREEMENT_STATES.includes(c.state)) {
    throw new DomainError('invalid_transition', '改造方案还没有确定，暂时没有协议', { state: c.state })
  }
  const document = buildAgreement({
    case: { ...c, plan: c.plan },
    household,
    ...names,
    profile,
  })
  return { document, hash: sha256Hex(canonicalJson(document)) }
}

/** One record per party and text: a repeat confirmation of the same text lands on the same record. */
export function confirmationId(caseId: string, party: AgreementParty, hash: string): string {
  const digest = createHash('sha256').update(`${caseId}\n${party}\n${hash}`).digest('base64url')
  return `agr_${digest.slice(0, 40)}`
}

/** The case, read for a caller who is one of the three parties or the county; anyone else: NOT_FOUND. */
export async function readAgreementCase(
  deps: Deps,
  caller: Registered,
  caseId: string,
): Promise<{ c: Application; reader: AgreementReader }> {
  const c = await mustGet(deps.store, 'cases', caseId)
  const reader = agreementReaderOf(caller.user, c)
  if (!reader) throw new DomainError('not_found')
  return { c, reader }
}

export type PartyStatus = {
  party: AgreementParty
  label: string
  name: string
  confirmed: boolean
  byName: string | null
  on: string | null
}

/**
 * Each party's standing on the current text: confirmed when the case counts it, with who and when from the record
 * of that text (a case already signed without records, as the factories build them, counts as the case says).
 */
export async function partyStatuses(
  store: DocumentStore,
  c: Application,
  document: AgreementDocument,
  hash: string,
): Promise<PartyStatus[]> {
  const records = await col(store, 'agreements').where({ caseId: c._id }).orderBy('seq', 'asc').limit(50).get()
  const ofText = new Map<AgreementParty, AgreementConfirmation>()
  for (const r of records) if (r.documentHash === hash) ofText.set(r.party, r)
  return AGREEMENT_PARTIES.map((party) => {
    const record = ofText.get(party)
    // While the agreement waits for signatures a party counts only with a record of this text, as confirm counts it.
    const confirmed = c.agreementConfirmedBy.includes(party) && (record !== undefined || c.state !== 'plan_chosen')
    return {
      party,
      label: PARTY_LABEL[party],
      name: document.parties.find((p) => p.party === party)?.name ?? '',
      confirmed,
      byName: confirmed ? (record?.userName ?? null) : null,
      on: confirmed ? (record?.on ?? null) : null,
    }
  })
}

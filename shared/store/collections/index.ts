import type { z } from 'zod'
import { accountChanges } from './account-changes'
import { accounts } from './accounts'
import { allocations } from './allocations'
import { appraisals } from './appraisals'
import { agreements } from './agreements'
import { attempts } from './attempts'
import { audit } from './audit'
import { batches } from './batches'
import { auditHeads } from './audit-heads'
import { benefits } from './benefits'
import { bindCodes } from './bind-codes'
import { campaigns } from './campaigns'
import { cases } from './cases'
import { disbursements } from './disbursements'
import { hazardReports } from './hazard-reports'
import { households } from './households'
import { houses } from './houses'
import { identities } from './identities'
import { inspections } from './inspections'
import { leases } from './leases'
import { ledgerEntries } from './ledger-entries'
import { memberIndex } from './member-index'
import { notices } from './notices'
import { notifications } from './notifications'
import { objections } from './objections'
import { payments } from './payments'
import { profiles } from './profiles'
import { regions } from './regions'
import { requests } from './requests'
import { sessions } from './sessions'
import { settings } from './settings'
import { uploads } from './uploads'
import { users } from './users'

/** Every collection of the product; a new one is a file in this folder and a line here. */
export const COLLECTIONS = {
  users,
  regions,
  households,
  houses,
  cases,
  notices,
  payments,
  notifications,
  settings,
  sessions,
  leases,
  uploads,
  audit,
  audit_heads: auditHeads,
  requests,
  accounts,
  identities,
  bind_codes: bindCodes,
  attempts,
  ledger_entries: ledgerEntries,
  appraisals,
  agreements,
  objections,
  campaigns,
  inspections,
  hazard_reports: hazardReports,
  // Issue 9: policy profiles as data, the benefit register and the ID-number index.
  profiles,
  benefits,
  member_index: memberIndex,
  // Issue 11: the money.
  allocations,
  disbursements,
  batches,
  account_changes: accountChanges,
} as const

export type CollectionName = keyof typeof COLLECTIONS
export type Collections = { [N in CollectionName]: z.output<(typeof COLLECTIONS)[N]['schema']> }

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]

/** name → indexes, the shape the embedded store takes. */
export const INDEXES: Record<string, Array<{ fields: string[]; unique?: boolean }>> = Object.fromEntries(
  Object.values(COLLECTIONS).map((c) => [c.name, c.indexes.map((i) => ({ ...i, fields: [...i.fields] }))]),
)

import { defaultCampaignDeadline } from '../../domain/inspection'
import { profileInForceFor } from '../profiles'
import { addCalendarDays } from '../../domain/dates'
import { DomainError } from '../../domain/errors'
import { regionField } from '../../domain/jurisdiction'
import { checkClosure, checkConfirmation, checkReopen, ledgerDeadline, ledgerOverdue } from '../../domain/ledger'
import { cmp, type Where } from '../../ports/document-store'
import type { Application, Mode } from '../../schemas/application'
import type { TargetGroup } from '../../schemas/household'
import type { LedgerEntry, LedgerState } from '../../schemas/ledger'
import { requireWithin } from '../authorize'
import { nowOf } from '../clock-view'
import { col, txCol } from '../collections'
import type { Deps, Registered } from '../deps'
import { mustGet } from '../load'
import { type Page, type PageRequest, pageBySeqAcross } from '../paging'
import { submitApplication } from '../submit-application'
import { claimUploadsFor } from '../uploads/claim-uploads'

/** An entry as an official sees it: overdue flagged, and whether they recorded its fix (so they cannot confirm it). */
export type LedgerItem = LedgerEntry & { overdue: boolean; closedByCaller: boolean }
export type LedgerFilter = { state?: LedgerState | undefined; overdue?: boolean | undefined }

const withFlag = (e: LedgerEntry, today: string, caller: Registered): LedgerItem => ({
  ...e,
  overdue: ledgerOverdue(e, today),
  closedByCaller: e.closure?.byId === caller.user._id,
})

/** States a filter reads: an overdue entry is one not closed yet. */
function statesOf(filter: LedgerFilter): LedgerState[] {
  if (filter.state) return filter.overdue && filter.state === 'closed' ? [] : [filter.state]
  return filter.overdue ? ['open', 'closing'] : ['open', 'closing', 'closed']
}

function whereOf(caller: Registered, filter: LedgerFilter, today: string): Where {
  const path = caller.user.regionPath
  return { [regionField(path)]: path, ...(filter.overdue ? { deadline: cmp.lt(today) } : {}) }
}

/** The ledger of the caller's jurisdiction, oldest first (the longest-standing problem leads), overdue flagged. */
export async function listLedger(deps: Deps, caller: Registered, input: LedgerFilter & PageRequest): Promise<Page<LedgerItem>> {
  const { today } = nowOf(deps)
  const states = statesOf(input)
  if (states.length === 0) return { items: [], next: null }
  const page = await pageBySeqAcross(
    col(deps.store, 'ledger_entries'),
    'state',
    states,
    whereOf(caller, input, today),
    input,
    'asc',
  )
  return { items: page.items.map((e) => withFlag(e, today, caller)), next: page.next }
}

/** Every entry of a filter, for the export: at most `max`, read a page at a time. */
export async function allLedger(deps: Deps, caller: Registered, filter: LedgerFilter, max: number): Promise<LedgerItem[]> {
  const out: LedgerItem[] = []
  let after: string | undefined
  while (out.length < max) {
    const page = await listLedger(deps, caller, { ...filter, after, limit: 100 })
    out.push(...page.items)
    if (!page.next) break
    after = page.next
  }
  return out.slice(0, max)
}

async function entryOfCaller(deps: Deps, caller: Registered, entryId: string): Promise<LedgerEntry> {
  const entry = await mustGet(deps.store, 'ledger_entries', entryId)
  requireWithin(caller, entry.regionPath)
  return entry
}

/** Reads the entry again inside the transaction, so two officials acting at once see each other's step. */
async function freshEntry(tx: Parameters<Parameters<Deps['store']['runTransaction']>[0]>[0], id: string) {
  const fresh = await txCol(tx, 'ledger_entries').doc(id).get()
  if (!fresh) throw new DomainError('not_found')
  return fresh
}

/** One official records the fix with its evidence (measure and photos): the entry waits for a second official. */
export async function closeEntry(
  deps: Deps,
  caller: Registered,
  input: { entryId: string; measure: string; photoIds: string[] },
): Promise<LedgerItem> {
  checkClosure(await entryOfCaller(deps, caller, input.entryId), input)
  const { at, today } = nowOf(deps)
  return deps.store.runTransaction(async (tx) => {
    const entry = await freshEntry(tx, input.entryId)
    checkClosure(entry, input)
    const photoIds = await claimUploadsFor(tx, caller, {
      photoIds: input.photoIds,
      target: { collection: 'ledger_entries', id: entry._id },
    })
    const patch = {
      state: 'closing' as const,
      closure: { measure: input.measure, photoIds, byId: caller.user._id, byName: caller.user.name, on: today },
      updatedAt: at,
    }
    await txCol(tx, 'ledger_entries').doc(entry._id).update(patch)
    return withFlag({ ...entry, ...patch }, today, caller)
  })
}

/**
 * A second official confirms the fix (销号: closed), or refuses it with a reason (back to open, the recorded
 * fix set aside). The official who recorded the fix can do neither.
 */
export async function confirmClose(
  deps: Deps,
  caller: Registered,
  input: { entryId: string; accept: boolean; reason: string },
): Promise<LedgerItem> {
  checkConfirmation(await entryOfCaller(deps, caller, input.entryId), caller.user._id)
  if (!input.accept && input.reason === '') throw new DomainError('bad_input', '请说明不予销号的理由', { field: 'reason' })
  const { at, today } = nowOf(deps)
  const by = { byId: caller.user._id, byName: caller.user.name, on: today }
  return deps.store.runTransaction(async (tx) => {
    const entry = await freshEntry(tx, input.entryId)
    checkConfirmation(entry, caller.user._id)
    const patch: Partial<LedgerEntry> = input.accept
      ? { state: 'closed', confirmation: by, updatedAt: at }
      : {
          state: 'open',
          closure: null,
          reopenings: [...entry.reopenings, { ...by, reason: `复核未通过：${input.reason}`.slice(0, 500) }],
          updatedAt: at,
        }
    await txCol(tx, 'ledger_entries').doc(entry._id).update(patch)
    return withFlag({ ...entry, ...patch }, today, caller)
  })
}

/** A closed entry whose problem came back is opened again with a reason and a new deadline. */
export async function reopenEntry(
  deps: Deps,
  caller: Registered,
  input: { entryId: string; reason: string },
): Promise<LedgerItem> {
  const before = await entryOfCaller(deps, caller, input.entryId)
  checkReopen(before)
  const { at, today } = nowOf(deps)
  const profile = await profileInForceFor(deps, before.region.county, today)
  return deps.store.runTransaction(async (tx) => {
    const entry = await freshEntry(tx, input.entryId)
    checkReopen(entry)
    const patch: Partial<LedgerEntry> = {
      state: 'open',
      closure: null,
      confirmation: null,
      reopenings: [...entry.reopenings, { byId: caller.user._id, byName: caller.user.name, on: today, reason: input.reason }],
      deadline: ledgerDeadline(
        entry.kind,
        today,
        defaultCampaignDeadline(addCalendarDays(today, 1), profile.inspectionDeadlines),
      ),
      updatedAt: at,
    }
    await txCol(tx, 'ledger_entries').doc(entry._id).update(patch)
    return withFlag({ ...entry, ...patch }, today, caller)
  })
}

/**
 * The village applies on behalf of the household of an entry (the lifecycle's submit, with its eligibility
 * check), and the entry keeps the case it started.
 */
export async function startApplication(
  deps: Deps,
  caller: Registered,
  input: { entryId: string; targetGroup: TargetGroup; mode: Mode; reason: string },
): Promise<Application> {
  const entry = await entryOfCaller(deps, caller, input.entryId)
  if (entry.state === 'closed') throw new DomainError('invalid_transition', '该台账已销号，不能再据此申请')
  if (!entry.householdId) throw new DomainError('bad_input', '该台账没有对应的农户，不能据此申请', { field: 'entryId' })
  const application = await submitApplication(deps, caller, {
    householdId: entry.householdId,
    houseId: entry.houseId,
    targetGroup: input.targetGroup,
    mode: input.mode,
    reason: input.reason,
    photoIds: [],
    // Found on the ledger, filed by the village for the household: the proxy record says so.
    proxyReason: `工作台账发现住房安全问题（${entry.problem}），村委会代为申请`,
  })
  await deps.store.runTransaction(async (tx) => {
    await freshEntry(tx, entry._id)
    await txCol(tx, 'ledger_entries')
      .doc(entry._id)
      .update({ caseId: application._id, updatedAt: nowOf(deps).at })
  })
  return application
}

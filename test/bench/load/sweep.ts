import type { Manifest } from '../generate/manifest'

type Envelope = { ok: boolean; data?: { next?: string | null }; error?: unknown }
type Call = { fn: string; token: string; body: Record<string, unknown> }

/**
 * Every list the app has, first page and the page after it, called once before the load, so the plan
 * check sees the SQL of each — not only of the actions under load. A cursor page is its own SQL
 * (`seq > ?`), so it is checked too.
 */
export async function sweepLists(url: string, m: Manifest): Promise<string[]> {
  const village = m.officials.village[0]!
  const visitor = m.visitors[0]!
  const officials = (['village', 'township', 'county'] as const).flatMap((level) => m.officials[level].slice(0, 2))
  const ledgerFilters = [{}, { state: 'open' }, { state: 'closing' }, { state: 'closed' }, { overdue: true }]
  const calls: Call[] = [
    ...(['village', 'township', 'county'] as const).flatMap((level) =>
      m.officials[level].slice(0, 3).map((o) => ({ fn: 'review', token: o.token, body: { action: 'inbox', limit: 2 } })),
    ),
    ...m.officials.appraiser.slice(0, 2).map((o) => ({ fn: 'appraisal', token: o.token, body: { action: 'inbox', limit: 2 } })),
    ...m.officials.finance.slice(0, 2).map((o) => ({ fn: 'payment', token: o.token, body: { action: 'payable', limit: 2 } })),
    { fn: 'application', token: village.token, body: { action: 'households', limit: 2 } },
    ...(['village', 'township', 'county'] as const).flatMap((level) =>
      m.officials[level].slice(0, 2).map((o) => ({ fn: 'publicity', token: o.token, body: { action: 'objections', limit: 1 } })),
    ),
    { fn: 'publicity', token: visitor, body: { action: 'myObjections', limit: 1 } },
    { fn: 'hazard', token: visitor, body: { action: 'publicList', limit: 2 } },
    ...m.hazardVillages
      .slice(0, 3)
      .map((v) => ({ fn: 'hazard', token: visitor, body: { action: 'publicList', limit: 1, regionPath: v.path } })),
    { fn: 'hazard', token: visitor, body: { action: 'mine', limit: 1 } },
    ...officials.flatMap((o) => [
      { fn: 'hazard', token: o.token, body: { action: 'inbox', limit: 2 } },
      { fn: 'hazard', token: o.token, body: { action: 'inbox', limit: 2, status: 'in_ledger' } },
      ...ledgerFilters.map((filter) => ({ fn: 'ledger', token: o.token, body: { action: 'list', limit: 2, ...filter } })),
      { fn: 'inspection', token: o.token, body: { action: 'campaigns', limit: 1 } },
    ]),
    { fn: 'publicity', token: visitor, body: { action: 'board', limit: 2 } },
    ...m.boardRegions
      .slice(0, 3)
      .map((regionPath) => ({ fn: 'publicity', token: visitor, body: { action: 'board', limit: 2, regionPath } })),
    // A farmer who has been paid has a case, payments and messages: every farmer list has a second page to read.
    ...m.payees.slice(0, 1).flatMap((p) => [
      { fn: 'payment', token: p.token, body: { action: 'mine', limit: 1 } },
      { fn: 'application', token: p.token, body: { action: 'mine', limit: 1 } },
      { fn: 'user', token: p.token, body: { action: 'messages', limit: 1 } },
      { fn: 'user', token: p.token, body: { action: 'me' } },
    ]),
  ]
  const failures: string[] = []
  const detail = await reportDetailCall(url, m, visitor)
  if (detail) calls.push(detail)
  else failures.push('hazard.detail: no village of the dataset has a report to open')
  for (const call of calls) {
    const first = await post(url, call)
    if (!first.ok) failures.push(`${call.fn}.${String(call.body.action)}: ${JSON.stringify(first.error)}`)
    const next = first.data?.next
    if (next) {
      const second = await post(url, { ...call, body: { ...call.body, after: next } })
      if (!second.ok) failures.push(`${call.fn}.${String(call.body.action)} page 2: ${JSON.stringify(second.error)}`)
    }
  }
  return failures
}

/**
 * An official opening one report of their village: besides the report it reads the village's latest reports for
 * duplicate suggestions. The report is the first one the village's public list shows.
 */
async function reportDetailCall(url: string, m: Manifest, visitor: string): Promise<Call | null> {
  for (const v of m.hazardVillages.slice(0, 50)) {
    const shown = await post(url, { fn: 'hazard', token: visitor, body: { action: 'publicList', limit: 1, regionPath: v.path } })
    const first = (shown.data as { items?: Array<{ id: string }> } | undefined)?.items?.[0]
    if (first) return { fn: 'hazard', token: v.token, body: { action: 'detail', reportId: first.id } }
  }
  return null
}

async function post(url: string, call: Call): Promise<Envelope> {
  const res = await fetch(`${url}/api/${call.fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${call.token}` },
    body: JSON.stringify(call.body),
  })
  return (await res.json()) as Envelope
}

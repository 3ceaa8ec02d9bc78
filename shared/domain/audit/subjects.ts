type Touched = { collection: string; id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null)

/**
 * The case and the household an entry is filed under, so officials can read the trail of either: the first
 * case (or household) the transaction touched, from the record itself or from its caseId / householdId field.
 */
export function subjectsOf(touched: readonly Touched[]): { caseId: string | null; householdId: string | null } {
  let caseId: string | null = null
  let householdId: string | null = null
  for (const t of touched) {
    const doc = t.after ?? t.before ?? {}
    caseId ??= t.collection === 'cases' ? t.id : text(doc.caseId)
    householdId ??= t.collection === 'households' ? t.id : text(doc.householdId)
  }
  return { caseId, householdId }
}

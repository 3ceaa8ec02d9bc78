import type { z } from 'zod'

/** An index on dotted field paths, in order; the embedded store creates it, CloudBase needs the same one. */
export type IndexDecl = { fields: string[]; unique?: boolean }

/**
 * The one place a collection is declared: its name, the schema of every document in it (with `_id`), the
 * indexes its queries need, and whether writes to it go into the audit trail.
 */
export interface CollectionDecl<S extends z.ZodType = z.ZodType> {
  name: string
  summary: string
  schema: S
  indexes: readonly IndexDecl[]
  /** Operational bookkeeping (sessions, delivery state, request replies) is not part of the audit trail. */
  audited: boolean
}

export const defineCollection = <S extends z.ZodType>(decl: CollectionDecl<S>) => decl

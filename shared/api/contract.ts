import type { z } from 'zod'
import type { Role } from '../schemas/user'
import type { ErrorCode } from './errors'

export const FUNCTION_NAMES = [
  'user',
  'application',
  'review',
  'publicity',
  'payment',
  'admin',
  'appraisal',
  'agreement',
  'inspection',
  'ledger',
  'hazard',
  'profile',
  'benefits',
  'works',
  'funds',
] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

/**
 * Who may call an action: a list of roles, 'registered' (any signed-in user with a record),
 * or 'public' (any WeChat user, with or without a record).
 */
export type Audience = readonly Role[] | 'registered' | 'public'

/** One action of one cloud function: the contract between the mini-program and the backend. */
export interface ActionContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  fn: FunctionName
  action: string
  summary: string
  audience: Audience
  /**
   * 'write' changes records and may queue messages, so the outbox is delivered after it; a 'read'
   * changes nothing, so answering it never waits for a delivery.
   */
  effect: 'read' | 'write'
  input: I
  output: O
  errors: readonly ErrorCode[]
}

export const action = <I extends z.ZodType, O extends z.ZodType>(c: ActionContract<I, O>) => c

export type InputOf<C> = C extends ActionContract<infer I, z.ZodType> ? z.input<I> : never
export type OutputOf<C> = C extends ActionContract<z.ZodType, infer O> ? z.output<O> : never

import type { Role } from '../schemas/user'

/** Who a session belongs to decides how long it lives: staff hold the power to approve and pay. */
export type SessionKind = 'staff' | 'farmer' | 'visitor'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const SESSION_LIMITS: Record<SessionKind, { idleMs: number; absoluteMs: number }> = {
  staff: { idleMs: 2 * HOUR, absoluteMs: 12 * HOUR },
  farmer: { idleMs: 30 * DAY, absoluteMs: 180 * DAY },
  visitor: { idleMs: 30 * DAY, absoluteMs: 180 * DAY },
}

/**
 * A session's last-seen time is written at most once per 1/24 of its idle limit (staff: every 5 minutes), so
 * reading pages is not a write per request, and the idle limit still holds to within 4 %.
 */
export function touchEveryMs(kind: SessionKind): number {
  return SESSION_LIMITS[kind].idleMs / 24
}

export function sessionKindOf(role: Role | null | undefined): SessionKind {
  if (!role) return 'visitor'
  return role === 'farmer' ? 'farmer' : 'staff'
}

/** The moment a session stops working: the earlier of its idle and its absolute limit. */
export function sessionEndsAt(kind: SessionKind, createdAt: Date, lastSeenAt: Date): Date {
  const { idleMs, absoluteMs } = SESSION_LIMITS[kind]
  return new Date(Math.min(lastSeenAt.getTime() + idleMs, createdAt.getTime() + absoluteMs))
}

/** Staff sign-in codes: six digits, short-lived, few tries, few sends per phone. */
export const LOGIN_CODE = {
  digits: 6,
  ttlMs: 5 * MINUTE,
  maxAttempts: 5,
  minIntervalMs: MINUTE,
  maxPerHour: 5,
}

/** Codes read aloud over the phone or written on paper: no 0/O or 1/I to confuse. */
export const BIND_CODE = {
  alphabet: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789',
  length: 8,
  ttlMs: 14 * DAY,
}

/** Wrong binding attempts allowed per identity within the window, so codes cannot be guessed. */
export const BIND_ATTEMPTS = { max: 5, windowMs: HOUR }

export const PASSWORD_MIN_LENGTH = 8

/** Wrong passwords allowed per phone within the window. */
export const PASSWORD_ATTEMPTS = { max: 5, windowMs: 15 * MINUTE }

/** The level of region each staff role works at. */
export const ROLE_LEVEL: Record<Exclude<Role, 'farmer'>, 'county' | 'township' | 'village'> = {
  admin: 'county',
  county: 'county',
  finance: 'county',
  appraiser: 'county',
  township: 'township',
  village: 'village',
}

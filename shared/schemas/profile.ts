import * as z from 'zod'
import { PolicyProfile } from '../domain/policy-profile'
import { Id, IdNumber, Instant, RegionPath } from './common'

/**
 * One published version of a county's policy profile. Versions are never edited: a change is the next version
 * with its own effective date, and a case keeps the id of the version it was filed under.
 */
export const ProfileRecord = PolicyProfile.extend({
  _id: Id,
  /** The county that runs it. */
  county: RegionPath,
  /** The scheme the version descends from (the built-in profile's id: luozhuang-2020, hegang-2021). */
  scheme: z.string().min(1).max(64),
  publishedById: z.string(),
  publishedByName: z.string(),
  publishedAt: Instant,
  /** What changed and why, in the administrator's words. */
  note: z.string().max(500).default(''),
})
export type ProfileRecord = z.infer<typeof ProfileRecord>

/** The id of a county's version: `371311-luozhuang-2020-v2`. */
export const profileRecordId = (county: string, scheme: string, version: number) => `${county}-${scheme}-v${version}`

/**
 * Who is listed in which household, by ID number (one record per person and household): the index that finds one
 * person in two households, or in two open cases, of a county. Written when households are seeded and at every filing.
 */
export const MemberIndexEntry = z.object({
  _id: Id,
  idNumber: IdNumber,
  householdId: Id,
  county: RegionPath,
  regionPath: RegionPath,
})
export type MemberIndexEntry = z.infer<typeof MemberIndexEntry>

export const memberIndexId = (idNumber: string, householdId: string) => `${idNumber.toUpperCase()}-${householdId}`

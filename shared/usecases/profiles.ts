import { DomainError } from '../domain/errors'
import { HEGANG_2021, LUOZHUANG_2020, type PolicyProfile, profileInForce } from '../domain/policy-profile'
import type { DocumentStore } from '../ports/document-store'
import type { RegionPath } from '../schemas/common'
import { type ProfileRecord, profileRecordId } from '../schemas/profile'
import { col, withoutId } from './collections'
import type { Deps } from './deps'

/**
 * The one place use cases read policy profiles: from the `profiles` collection, per county. The built-in profiles in
 * shared/domain are what a county's first version is seeded from, and what a case filed before profiles were stored
 * (its `policyProfileId` is a built-in id) still runs under.
 */

export const BUILT_IN_PROFILES: readonly PolicyProfile[] = [LUOZHUANG_2020, HEGANG_2021]

/** The two schemes by the name `npm run reset -- --profile …` and the factories take. */
export const SCHEMES = { district: LUOZHUANG_2020, city: HEGANG_2021 } as const
export type SchemeName = keyof typeof SCHEMES

/** The county of a region path: its first six digits. */
export const countyOf = (path: RegionPath): RegionPath => path.slice(0, 6)

/** A county has a handful of versions; all of them, oldest version first (so on a shared date the higher one wins). */
export async function countyProfiles(store: DocumentStore, county: RegionPath): Promise<ProfileRecord[]> {
  const rows = await col(store, 'profiles').where({ county }).orderBy('version', 'asc').limit(1000).get()
  return rows.sort((a, b) => a.version - b.version)
}

/** The version in force in a county on a date. */
export async function profileInForceFor(deps: Pick<Deps, 'store'>, county: RegionPath, date: string): Promise<ProfileRecord> {
  const versions = await countyProfiles(deps.store, county)
  const inForce = versions.filter((v) => v.effectiveFrom <= date)
  if (inForce.length === 0) throw new DomainError('not_found', '本县还没有在用的保障政策，请管理员先发布政策参数')
  return profileInForce(inForce, date) as ProfileRecord
}

/** A county's version 1 of a built-in scheme, as the seed writes it. */
export function firstVersionOf(county: RegionPath, scheme: PolicyProfile, at: string): ProfileRecord {
  const id = profileRecordId(county, scheme.id, 1)
  const { id: _builtInId, ...fields } = scheme
  void _builtInId
  return {
    ...structuredClone(fields),
    _id: id,
    id,
    version: 1,
    county,
    scheme: scheme.id,
    publishedById: 'system',
    publishedByName: '系统（按政策原文初始化）',
    publishedAt: at,
    note: '',
  }
}

/** The county's first version from a built-in scheme, unless the county has one already (seeding is repeatable). */
export async function seedCountyProfile(
  store: DocumentStore,
  county: RegionPath,
  scheme: PolicyProfile,
  at: string,
): Promise<ProfileRecord> {
  const record = firstVersionOf(county, scheme, at)
  const existing = await col(store, 'profiles').doc(record._id).get()
  if (existing) return existing
  await col(store, 'profiles').doc(record._id).set(withoutId(record))
  return record
}

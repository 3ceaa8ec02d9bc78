import type { z } from 'zod'
import type { ProfileVersionSummary, PublishProfileInput } from '../../api/profile.api'
import { DomainError } from '../../domain/errors'
import { PolicyProfile, profileInForce } from '../../domain/policy-profile'
import { type ProfileRecord, profileRecordId } from '../../schemas/profile'
import { nowOf } from '../clock-view'
import { txCol, withoutId } from '../collections'
import type { Deps, Registered } from '../deps'
import { countyOf, countyProfiles } from '../profiles'

type PublishInput = z.output<typeof PublishProfileInput>

/** The version in force in the caller's county, and every version, newest first. */
export async function profileInForceForCaller(
  deps: Deps,
  caller: Registered,
  on: string | undefined,
): Promise<{ profile: ProfileRecord; versions: ProfileVersionSummary[] }> {
  const date = on ?? nowOf(deps).today
  const versions = await countyProfiles(deps.store, countyOf(caller.user.regionPath))
  const effective = versions.filter((v) => v.effectiveFrom <= date)
  if (effective.length === 0) throw new DomainError('not_found', '本县在这一天还没有在用的保障政策')
  const profile = profileInForce(effective, date) as ProfileRecord
  return {
    profile,
    versions: [...versions].reverse().map((v) => ({
      id: v.id,
      version: v.version,
      name: v.name,
      effectiveFrom: v.effectiveFrom,
      publishedByName: v.publishedByName,
      publishedAt: v.publishedAt,
      note: v.note,
      inForce: v.id === profile.id,
    })),
  }
}

/**
 * 发布新版本: the latest version with the given fields changed, as version n + 1. A version already published is
 * never touched, so a case filed under it keeps its rules; the new one takes effect today or later, and not before the
 * latest one, so versions follow each other in time.
 */
export async function publishProfile(deps: Deps, caller: Registered, input: PublishInput): Promise<ProfileRecord> {
  const county = countyOf(caller.user.regionPath)
  const { at, today } = nowOf(deps)
  if (input.effectiveFrom < today) {
    throw new DomainError('bad_input', '新版本的生效日期不能早于今天：已生效的版本不能修改', { field: 'effectiveFrom' })
  }
  const versions = await countyProfiles(deps.store, county)
  const latest = versions.at(-1)
  if (!latest) throw new DomainError('not_found', '本县还没有保障政策，无法在其基础上发布新版本')
  if (input.effectiveFrom < latest.effectiveFrom) {
    throw new DomainError('bad_input', `生效日期不能早于上一版本（${latest.effectiveFrom}）`, { field: 'effectiveFrom' })
  }
  const { effectiveFrom, note, ...changes } = input
  const version = latest.version + 1
  const id = profileRecordId(county, latest.scheme, version)
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
  const fields = PolicyProfile.safeParse({ ...pickProfile(latest), ...defined, id, version, effectiveFrom })
  if (!fields.success) {
    throw new DomainError('bad_input', fields.error.issues[0]?.message ?? '政策参数有误', { field: fields.error.issues[0]?.path })
  }
  const record: ProfileRecord = {
    ...fields.data,
    _id: id,
    county,
    scheme: latest.scheme,
    publishedById: caller.user._id,
    publishedByName: caller.user.name,
    publishedAt: at,
    note,
  }
  await deps.store.runTransaction(async (tx) => {
    // Two administrators publishing at once: the second finds the number taken and must start again.
    if (await txCol(tx, 'profiles').doc(id).get()) {
      throw new DomainError('bad_input', '刚有人发布了新版本，请刷新后再发布', { field: 'effectiveFrom' })
    }
    await txCol(tx, 'profiles').doc(id).set(withoutId(record))
  })
  return record
}

/** The profile fields of a record, without the publishing bookkeeping. */
function pickProfile(r: ProfileRecord): PolicyProfile {
  const keys = Object.keys(PolicyProfile.shape) as Array<keyof PolicyProfile>
  return Object.fromEntries(keys.map((k) => [k, r[k]])) as PolicyProfile
}

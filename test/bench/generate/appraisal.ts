import { BEFORE_COUNTY_APPROVAL } from '@shared/domain/appraisal'
import { addCalendarDays, isOnOrBefore, toDayNumber } from '@shared/domain/dates'
import type { Application } from '@shared/schemas/application'
import type { Appraisal } from '@shared/schemas/appraisal'
import type { House } from '@shared/schemas/house'
import type { User } from '@shared/schemas/user'
import { BENCH_TODAY } from './manifest'
import type { Rng } from './random'

/** Of the cases still before county approval, the share whose house the county has sent for appraisal. */
const ORDERED_SHARE = 0.6
/** Appraisal orders are due this many days after they are placed; older ones are overdue on the bench date. */
const DUE_DAYS = 30

/**
 * The appraisal of a case's house, if the procedure has reached one: an open order for a case before county
 * approval (the appraiser's inbox), a recorded one for a case past it (its grade at application).
 */
export function appraisalFor(args: {
  application: Application
  house: House
  headName: string
  appraisers: readonly User[]
  county: User
  rng: Rng
  nextId: (prefix: string) => string
}): Appraisal | null {
  const { application: c, house, rng } = args
  const open = BEFORE_COUNTY_APPROVAL.includes(c.state)
  if (open && !rng.chance(ORDERED_SHARE)) return null
  if (!open && (c.state === 'rejected' || c.state === 'withdrawn')) return null
  const filedOn = c.history[0]!.on
  const orderedOn = open ? addCalendarDays(filedOn, rng.int(0, Math.max(0, daysBetween(filedOn, BENCH_TODAY)))) : filedOn
  const id = args.nextId('a')
  const appraiser = rng.pick(args.appraisers)
  const createdAt = `${addCalendarDays(orderedOn, -1)}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(10, 59))}:00.000Z`
  const graded = addCalendarDays(orderedOn, rng.int(3, DUE_DAYS))
  const recordedOn = isOnOrBefore(graded, BENCH_TODAY) ? graded : BENCH_TODAY
  return {
    _id: id,
    regionPath: c.regionPath,
    region: c.region,
    villageName: c.villageName,
    houseId: house._id,
    householdId: c.householdId,
    headName: args.headName,
    address: house.address,
    batchId: id,
    orderedById: args.county._id,
    orderedByName: args.county.name,
    orderedOn,
    appraiserId: appraiser._id,
    appraiserName: appraiser.name,
    dueOn: addCalendarDays(orderedOn, DUE_DAYS),
    note: '',
    state: open ? 'ordered' : 'recorded',
    result: open
      ? null
      : {
          grade: c.gradeAtApplication ?? 'D',
          on: recordedOn,
          reportFileId: `${id}r`,
          photos: [
            { uploadId: `${id}p`, place: '外墙', takenAt: `${recordedOn}T02:00:00.000Z`, latitude: null, longitude: null },
          ],
          note: '',
          byId: appraiser._id,
          byName: appraiser.name,
        },
    exemption: null,
    caseId: open ? null : c._id,
    createdAt,
    updatedAt: createdAt,
    seq: `${createdAt}|${id}`,
  }
}

const daysBetween = (from: string, to: string) => toDayNumber(to) - toDayNumber(from)

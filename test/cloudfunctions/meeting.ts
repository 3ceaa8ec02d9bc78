import type { MeetingInput } from '@shared/api/review.api'
import { nowOf } from '@shared/usecases/clock-view'
import type { World } from '../factories/world.factory'
import { aStoredFile } from '../factories/upload.factory'
import { dataOf, type WorldCall } from './call'

/**
 * A village meeting record as the recording official fills it in: today's meeting, a clear majority, and the minutes
 * photo uploaded by that official (the server checks the photo is theirs).
 */
export async function aMeeting(
  world: World,
  call: WorldCall,
  officialId: string,
  overrides: Partial<MeetingInput> = {},
): Promise<MeetingInput> {
  const fileId = await aStoredFile(world.deps.files, undefined, 'minutes.jpg')
  const upload = dataOf(await call('user', officialId, { action: 'registerUpload', fileId }))
  const { today } = nowOf(world.deps)
  return { meetingOn: today, attendance: 9, votesFor: 7, votesAgainst: 1, minutesPhotoId: upload.id, ...overrides }
}

/** The village's collective review passing a case, with its meeting record. */
export async function villageApproves(world: World, call: WorldCall, officialId: string, caseId: string, comment = '') {
  const meeting = await aMeeting(world, call, officialId)
  return call('review', officialId, { action: 'decide', caseId, decision: 'approve', comment, meeting })
}

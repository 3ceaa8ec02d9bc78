import { createHash } from 'node:crypto'

/** The upload record's id is a digest of the file id, so one stored file is registered once, by one person. */
export function uploadIdOf(fileId: string): string {
  return createHash('sha256').update(fileId).digest('base64url')
}

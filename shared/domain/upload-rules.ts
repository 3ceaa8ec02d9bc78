/** Limits on what one person may upload, so evidence cannot be used to fill the county's storage. */

/** One file. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** Per person and Asia/Shanghai calendar day: a few cases' worth of photos, with room for retakes. */
export const DAILY_UPLOAD_QUOTA = { files: 60, bytes: 100 * 1024 * 1024 } as const

/** An upload never attached to a record after this long is left over from an abandoned form. */
export const ORPHAN_UPLOAD_HOURS = 24

export type UploadUse = { files: number; bytes: number }

/** Why one more file of `size` bytes does not fit today's quota, or null when it does. */
export function overQuota(used: UploadUse, size: number): string | null {
  if (used.files + 1 > DAILY_UPLOAD_QUOTA.files) return `今天已上传${DAILY_UPLOAD_QUOTA.files}个文件，已达上限，请明天再传`
  if (used.bytes + size > DAILY_UPLOAD_QUOTA.bytes) {
    return `今天上传的文件已超过${DAILY_UPLOAD_QUOTA.bytes / 1024 / 1024}MB，请明天再传`
  }
  return null
}

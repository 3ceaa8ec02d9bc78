import * as z from 'zod'
import { CalendarDate, Id } from '../../schemas/common'
import { defineCollection } from '../collection'

/** The collections whose records hold uploads as evidence (a ledger entry's: its closure). */
export const UploadHolder = z.enum(['cases', 'appraisals', 'objections', 'inspections', 'ledger_entries', 'hazard_reports'])
export type UploadHolder = z.infer<typeof UploadHolder>

/** A file someone uploaded as evidence; its id is derived from the file id, so a file is registered once. */
export const Upload = z.object({
  _id: Id,
  fileId: z.string().min(1).max(300),
  /** The uploader's OPENID. */
  ownerId: z.string().min(1).max(64),
  kind: z.enum(['photo', 'document']),
  /** Sniffed from the bytes, never the type the client declared. */
  contentType: z.string().min(1).max(100),
  size: z.number().int().positive(),
  /** The uploader's Asia/Shanghai day, for the daily quota. */
  day: CalendarDate,
  createdAt: z.string(),
  attachedTo: z.object({ collection: UploadHolder, id: Id }).nullable(),
})
export type Upload = z.infer<typeof Upload>

export const uploads = defineCollection({
  name: 'uploads',
  summary: 'Uploaded photos and documents: owner, sniffed type, size, and the record they are evidence for.',
  schema: Upload,
  indexes: [{ fields: ['ownerId', 'day'] }, { fields: ['attachedTo', 'createdAt'] }],
  audited: true,
})

import {
  type OrderAppraisalInput,
  OrderAppraisalInput as OrderSchema,
  type RecordAppraisalInput,
} from '@shared/api/appraisal.api'
import { RecordAppraisalInput as RecordSchema } from '@shared/api/appraisal.api'
import type { Grade } from '@shared/schemas/house'

/** One site photo of the record form, with where it was taken (typed) and when and where the phone was. */
export type SitePhoto = {
  id: string
  url: string
  place: string
  takenAt: string
  latitude: number | null
  longitude: number | null
}

export type RecordForm = {
  appraisalId: string
  grade: Grade | null
  on: string
  reportFileId: string | null
  photos: SitePhoto[]
  note: string
}

export type RecordField = 'grade' | 'on' | 'reportFileId' | 'photos' | 'note'
export type RecordErrors = Partial<Record<RecordField, string>> & { places?: Record<string, string> }

const CHOOSE: Partial<Record<RecordField, string>> = {
  grade: '请选择鉴定等级',
  reportFileId: '请上传鉴定报告（PDF或纸质报告的照片）',
  photos: '请至少拍一张现场照片',
}

/** The record form checked with the contract's own schema, each problem by its field (a photo's place by the photo). */
export function validateRecordForm(
  form: RecordForm,
): { ok: true; input: RecordAppraisalInput } | { ok: false; errors: RecordErrors } {
  const input = {
    appraisalId: form.appraisalId,
    grade: form.grade ?? undefined,
    on: form.on,
    reportFileId: form.reportFileId ?? undefined,
    photos: form.photos.map((p) => ({
      uploadId: p.id,
      place: p.place,
      takenAt: p.takenAt,
      latitude: p.latitude,
      longitude: p.longitude,
    })),
    note: form.note,
  }
  const errors: RecordErrors = {}
  const parsed = RecordSchema.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as RecordField
      if (field === 'photos' && typeof issue.path[1] === 'number') {
        const photo = form.photos[issue.path[1]]
        if (photo) errors.places = { ...errors.places, [photo.id]: issue.message }
        continue
      }
      if (!field || errors[field]) continue
      const missing = (input as Record<string, unknown>)[field] === undefined || (field === 'photos' && form.photos.length === 0)
      errors[field] = (missing && CHOOSE[field]) || issue.message
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, input: input as RecordAppraisalInput }
}

export type OrderScope = 'house' | 'village' | 'names' | 'ids'

export type OrderForm = {
  scope: OrderScope | null
  houseId: string
  villagePath: string
  /** What was pasted: one house id or household head name a line (commas and spaces separate too). */
  pasted: string
  appraiserId: string | null
  dueOn: string
  note: string
}

/** The lines of a pasted list, trimmed, without blanks or repeats. */
export function pastedLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,，、;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
}

export type OrderErrors = Partial<Record<'scope' | 'pasted' | 'appraiserId' | 'dueOn' | 'note', string>>

/** The order form as the contract's input: one house, the village's target groups, named households, or pasted ids. */
export function validateOrderForm(
  form: OrderForm,
): { ok: true; input: OrderAppraisalInput } | { ok: false; errors: OrderErrors } {
  const errors: OrderErrors = {}
  if (!form.scope) errors.scope = '请选择委托哪些房屋'
  if (!form.appraiserId) errors.appraiserId = '请选择鉴定机构'
  const lines = pastedLines(form.pasted)
  if ((form.scope === 'names' || form.scope === 'ids') && lines.length === 0) errors.pasted = '请粘贴或输入名单，每行一个'
  const selection =
    form.scope === 'house'
      ? { houseIds: [form.houseId] }
      : form.scope === 'village'
        ? { villagePath: form.villagePath }
        : form.scope === 'names'
          ? { villagePath: form.villagePath, householdNames: lines }
          : { houseIds: lines }
  const input = { ...selection, appraiserId: form.appraiserId ?? '', dueOn: form.dueOn, note: form.note }
  const parsed = OrderSchema.safeParse(input)
  if (!parsed.success && Object.keys(errors).length === 0) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '')
      const key = field === 'dueOn' || field === 'note' ? field : 'pasted'
      errors[key] ??= issue.message
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, input }
}

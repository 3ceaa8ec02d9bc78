import { GRADE_LABEL } from '@shared/domain/appraisal'
import { EXEMPTION_REASON_LABEL } from '@shared/schemas/appraisal'
import type { House } from '@shared/schemas/house'

export type HistoryLine = { on: string; key: string; what: string; by: string; tone: 'safe' | 'danger' | 'proof' }

/** Every appraisal and every accepted proof of safety, newest first: the house's whole-life record (全生命周期). */
export function historyOf(house: Pick<House, 'grades' | 'safetyProofs'>): HistoryLine[] {
  const grades: HistoryLine[] = house.grades.map((g, i) => ({
    on: g.on,
    key: `g${i}`,
    what: `鉴定为 ${GRADE_LABEL[g.grade]}`,
    by: g.by,
    tone: g.grade === 'A' || g.grade === 'B' ? 'safe' : 'danger',
  }))
  const proofs: HistoryLine[] = house.safetyProofs.map((p, i) => ({
    on: p.on,
    key: `p${i}`,
    what: `免鉴定：${EXEMPTION_REASON_LABEL[p.reason]}，验收材料证明住房安全`,
    by: p.by,
    tone: 'proof',
  }))
  return [...grades, ...proofs].sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0))
}

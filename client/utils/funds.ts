import type * as z from 'zod'
import type { DueGroup } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import type { BatchStatus } from '@shared/schemas/funds'
import type { PaymentStage } from '@shared/schemas/payment'

type Due = z.infer<typeof DueGroup>

/** formatFen for the two figures that may go below zero (allocated after a return, held after an overpayment). */
export function signedFen(n: number): string {
  return n < 0 ? `-${formatFen(-n)}` : formatFen(n)
}

/** The list with `id` added, or without it when it was there: one tap picks a household, the next drops it. */
export function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id]
}

/** The townships and stages the due payments fall in, each once, in the order the server sent them. */
export function dueChoices(groups: readonly Due[]): {
  townships: { value: string; label: string }[]
  stages: PaymentStage[]
} {
  const townships = new Map<string, string>()
  const stages = new Set<PaymentStage>()
  for (const g of groups) {
    townships.set(g.township, g.townshipName)
    stages.add(g.stage)
  }
  return { townships: [...townships].map(([value, label]) => ({ value, label })), stages: [...stages] }
}

/** What a batch of this filter would take (null: every township, every stage), before it is built. */
export function dueTotal(groups: readonly Due[], township: string | null, stage: PaymentStage | null) {
  const chosen = groups.filter((g) => (township === null || g.township === township) && (stage === null || g.stage === stage))
  return {
    count: chosen.reduce((n, g) => n + g.count, 0),
    totalFen: chosen.reduce((n, g) => n + g.totalFen, 0),
  }
}

/** Waiting on someone (审核, 导出, 回单) is a warning; a finished batch is good news. */
export const BATCH_TONE: Record<BatchStatus, 'info' | 'warn' | 'ok'> = {
  building: 'info',
  built: 'warn',
  approved: 'warn',
  exported: 'warn',
  done: 'ok',
}

import { LEDGER_STATE_LABEL } from '../../schemas/ledger'
import { nowOf } from '../clock-view'
import type { Deps, Registered } from '../deps'
import { regionName } from '../load'
import { allLedger, type LedgerFilter } from './ledger-actions'
import { type Cell, xlsx } from './xlsx'

/** One export carries at most this many entries; a county's ledger is a few thousand lines. */
export const EXPORT_MAX = 5000

const SOURCE_LABEL = { inspection: '排查', hazard_report: '群众反映', appraisal: '鉴定' } as const
const KIND_LABEL = { hazard: '隐患整改', monitoring: '动态监测' } as const

export const EXPORT_HEADER = [
  '序号',
  '村',
  '问题',
  '类型',
  '来源',
  '责任人',
  '开立日期',
  '整改期限',
  '状态',
  '是否逾期',
  '整改措施',
  '整改人',
  '整改日期',
  '复核人',
  '销号日期',
  '重新打开次数',
]

export type LedgerExport = { fileName: string; contentType: string; base64: string; rows: number; truncated: boolean }

/** The ledger of the caller's jurisdiction as an Excel workbook, for reporting upward (台账上报). */
export async function exportLedger(deps: Deps, caller: Registered, filter: LedgerFilter): Promise<LedgerExport> {
  const { today } = nowOf(deps)
  const entries = await allLedger(deps, caller, filter, EXPORT_MAX + 1)
  const shown = entries.slice(0, EXPORT_MAX)
  const rows: Cell[][] = [
    EXPORT_HEADER,
    ...shown.map((e, i) => [
      i + 1,
      e.villageName,
      e.problem,
      KIND_LABEL[e.kind],
      SOURCE_LABEL[e.source.kind],
      e.ownerName,
      e.openedOn,
      e.deadline,
      LEDGER_STATE_LABEL[e.state],
      e.overdue ? '逾期' : '',
      e.closure?.measure ?? '',
      e.closure?.byName ?? '',
      e.closure?.on ?? '',
      e.confirmation?.byName ?? '',
      e.confirmation?.on ?? '',
      e.reopenings.length,
    ]),
  ]
  const place = await regionName(deps.store, caller.user.regionPath)
  const file = xlsx({ name: '工作台账', rows })
  return {
    fileName: `${place}工作台账-${today}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: file.toString('base64'),
    rows: shown.length,
    truncated: entries.length > EXPORT_MAX,
  }
}

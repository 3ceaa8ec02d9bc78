import type { WorkflowTable } from './table'
import { TABLE_V1 } from './table.v1'
import { TABLE_V2 } from './table.v2'

/** The version a new case is opened under. */
export const WORKFLOW_VERSION = 2

const TABLES: Readonly<Record<number, WorkflowTable>> = { 1: TABLE_V1, 2: TABLE_V2 }

/**
 * sha256 of each table's canonical form (test/domain/workflow/fingerprint.test.ts recomputes them): a table
 * that changes under an existing version would move cases that were opened under the old rules.
 */
export const TABLE_FINGERPRINTS: Readonly<Record<number, string>> = {
  1: 'd9b69e5906ea6dca07aeb23d61faecf937fcc5ff0aca7bc6cd18311c1249b83f',
  2: '7547e6c4edaaaaf09372499c67733f8af80d937beff3ad43cb7838ac651472ae',
}

/** The table a case was opened under; an unknown version is corrupt data, not a refusal. */
export function tableFor(version: number): WorkflowTable {
  const table = TABLES[version]
  if (!table) throw new Error(`unknown workflow version ${version}`)
  return table
}

export const CURRENT_TABLE = tableFor(WORKFLOW_VERSION)

export const WORKFLOW_VERSIONS: readonly number[] = Object.keys(TABLES).map(Number)

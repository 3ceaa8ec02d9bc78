import { FUNDING_SOURCE_LABEL, type FundingSource } from '@shared/schemas/payment'

/**
 * Where the money comes from. The server's reason only adds something for local finance (why not the higher level's
 * money); for the higher level's it repeats the source, so the label alone is shown.
 */
export function sourceLine(source: FundingSource, reason: string): string {
  return source === 'local' && reason ? `${FUNDING_SOURCE_LABEL[source]}：${reason}` : FUNDING_SOURCE_LABEL[source]
}

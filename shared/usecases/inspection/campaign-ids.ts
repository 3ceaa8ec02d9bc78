import { createHash } from 'node:crypto'

/** One campaign per county and deadline: opening the same one twice finds the first. */
export const campaignIdOf = (county: string, deadline: string) => `camp-${county}-${deadline.replaceAll('-', '')}`

/** One record per house per campaign, short enough that the ledger entry it opens still has a valid id. */
export const inspectionIdOf = (campaignId: string, houseId: string) =>
  `insp-${createHash('sha256').update(`${campaignId}\n${houseId}`).digest('hex').slice(0, 24)}`

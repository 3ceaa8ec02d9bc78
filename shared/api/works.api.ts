import * as z from 'zod'
import type { Milestone as DomainMilestone } from '../domain/funds/milestones'
import { Application } from '../schemas/application'
import { Id, PageInput, pageOf } from '../schemas/common'
import { Milestones } from '../schemas/funds'
import { FreeText } from '../schemas/text'
import { action } from './contract'
import { CaseSummary } from './views'

/**
 * The works' milestones, each the day a stage's money falls due: 开工 (the township starts the works), 主体完工 (the
 * township records the main structure finished), 竣工验收 (the county records the completion acceptance).
 */
export const Milestone = z.enum(['start', 'structure', 'acceptance'] satisfies DomainMilestone[])
export type Milestone = z.infer<typeof Milestone>

export const MILESTONE_LABEL: Record<Milestone, string> = { start: '开工', structure: '主体完工', acceptance: '竣工验收' }

export const WorksItem = CaseSummary.extend({ milestones: Milestones, waitingFor: Milestone.nullable() })

export const worksApi = {
  todo: action({
    fn: 'works',
    action: 'todo',
    summary:
      'Cases in the caller’s jurisdiction whose works are to start or under way (township), or under way (county), oldest first, each with the milestone it waits for.',
    audience: ['township', 'county'],
    effect: 'read',
    input: PageInput.strict(),
    output: pageOf(WorksItem),
    errors: ['FORBIDDEN'],
  }),
  record: action({
    fn: 'works',
    action: 'record',
    summary:
      'Records a milestone of the works on the day it is recorded: the township starts the works (case under construction) and records the main structure finished; the county records the completion acceptance (case accepted). The stage’s payment falls due where its money has been allocated.',
    audience: ['township', 'county'],
    effect: 'write',
    input: z
      .object({
        caseId: Id,
        milestone: Milestone,
        comment: FreeText({ min: 0, max: 500, label: '说明', multiline: true }).default(''),
      })
      .strict(),
    output: Application,
    errors: ['BAD_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION'],
  }),
} as const

/**
 * 村集体评议: the village's approval or rejection is the decision of a meeting (村民代表会议 / 村“两委”), recorded
 * with its date, who was there and how they voted. The record must agree with the decision: a case passes the
 * village review only when more than half of those present voted for it, and is rejected only when they did not.
 */

export type Meeting = {
  meetingOn: string
  attendance: number
  votesFor: number
  votesAgainst: number
  minutesPhotoId: string
}

export type MeetingProblem = { path: ['meeting', keyof Meeting]; message: string }

/** More than half of those present (过半数) voted for the case. */
export function meetingPassed(m: Pick<Meeting, 'attendance' | 'votesFor'>): boolean {
  return m.votesFor * 2 > m.attendance
}

/**
 * What is wrong with a meeting record for a decision taken today on a case that came to the village on
 * `cameOn` (its submission, resubmission or the township's return to the village).
 */
export function meetingProblems(
  m: Meeting,
  decision: 'approve' | 'reject' | 'return',
  dates: { cameOn: string; today: string },
): MeetingProblem[] {
  const problems: MeetingProblem[] = []
  const no = (field: keyof Meeting, message: string) => problems.push({ path: ['meeting', field], message })
  if (m.meetingOn > dates.today) no('meetingOn', '会议日期不能晚于今天')
  if (m.meetingOn < dates.cameOn) no('meetingOn', `会议日期不能早于申请交到村里的日期（${dates.cameOn}）`)
  if (m.votesFor + m.votesAgainst > m.attendance) no('votesFor', '同意票和反对票加起来不能多于到会人数')
  if (decision === 'approve' && !meetingPassed(m)) no('votesFor', '同意票未超过到会人数的一半，不能评议通过')
  if (decision === 'reject' && meetingPassed(m)) no('votesFor', '同意票已超过到会人数的一半，不能作不予支持')
  return problems
}

/**
 * Dates as a county clerk types or pastes them from the State Council's notice: one per line, or separated by
 * commas, 、 or spaces; `2027-1-1`, `2027/01/01` and `2027.1.1` all read as 2027-01-01. What cannot be read is
 * returned as it was typed, so the page can name it.
 */
export function parseDateList(text: string): { dates: string[]; unreadable: string[] } {
  const dates: string[] = []
  const unreadable: string[] = []
  for (const part of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(part)
    if (m) dates.push(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)
    else unreadable.push(part)
  }
  return { dates: [...new Set(dates)].sort(), unreadable }
}

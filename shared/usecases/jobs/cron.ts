/**
 * CloudBase timer triggers take a 7-field cron — second minute hour day month weekday year — in Beijing time.
 * The local scheduler reads the same expression, so a job declares its schedule once.
 * Supported per field: `*`, `n` and `a-b`, each optionally stepped with `/k`, and comma lists of these;
 * weekday 0 is Sunday.
 */

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'weekday', min: 0, max: 6 },
  { name: 'year', min: 1970, max: 2199 },
] as const

type Matcher = (value: number) => boolean

const SHANGHAI_OFFSET_MS = 8 * 60 * 60_000

function parseField(text: string, { name, min, max }: (typeof FIELDS)[number]): Matcher {
  const parts = text.split(',').map((part) => {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part)
    if (!match) throw new RangeError(`cron ${name} field: cannot read "${part}"`)
    const from = match[1] === '*' ? min : Number(match[2])
    const to = match[1] === '*' ? max : match[3] !== undefined ? Number(match[3]) : match[4] ? max : from
    const step = match[4] ? Number(match[4]) : 1
    if (from < min || to > max || from > to || step < 1) throw new RangeError(`cron ${name} field: "${part}" out of range`)
    return (v: number) => v >= from && v <= to && (v - from) % step === 0
  })
  return (v) => parts.some((matches) => matches(v))
}

export function parseCron(expression: string): Matcher[] {
  const texts = expression.trim().split(/\s+/)
  if (texts.length !== FIELDS.length) throw new RangeError(`cron needs 7 fields, got ${texts.length}: "${expression}"`)
  return texts.map((text, i) => parseField(text, FIELDS[i]))
}

/** The first instant strictly after `after` that the expression names; null when none in the next 366 days. */
export function nextFire(expression: string, after: Date): Date | null {
  const [second, minute, hour, day, month, weekday, year] = parseCron(expression)
  const start = Math.floor(after.getTime() / 1000) * 1000 + 1000
  const minuteMs = 60_000
  const horizon = start + 366 * 24 * 60 * minuteMs
  for (let m = Math.floor(start / minuteMs) * minuteMs; m < horizon; m += minuteMs) {
    const local = new Date(m + SHANGHAI_OFFSET_MS)
    const matchesMinute =
      year(local.getUTCFullYear()) &&
      month(local.getUTCMonth() + 1) &&
      day(local.getUTCDate()) &&
      weekday(local.getUTCDay()) &&
      hour(local.getUTCHours()) &&
      minute(local.getUTCMinutes())
    if (!matchesMinute) continue
    for (let s = m < start ? (start - m) / 1000 : 0; s < 60; s++) if (second(s)) return new Date(m + s * 1000)
  }
  return null
}

/**
 * Text one person types and another reads. People paste from chat apps and Word, so text arrives with
 * full-width letters, zero-width joiners, byte-order marks and odd spaces; two strings that look the
 * same on a phone must be stored the same, and a string that shows nothing must not count as saying something.
 */

/** Controls (Cc) and invisible format characters (Cf: zero-width space/joiners, BOM, bidi overrides, soft hyphen). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g
const SPACES = /[^\S\n]+/g
/**
 * Full-width punctuation (，。：；！？（）) is how Chinese is written; NFKC would turn it into ASCII
 * (', : ; ! ?'), so runs between those marks are folded and the marks themselves kept.
 */
const WIDE_PUNCTUATION = /[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/
const FOLDABLE = new RegExp(`[^${WIDE_PUNCTUATION.source.slice(1, -1)}]+`, 'g')

/** NFKC (full-width letters and digits, ligatures, odd spaces), except Chinese punctuation. */
function foldCompatible(text: string): string {
  return text.replace(FOLDABLE, (run) => run.normalize('NFKC'))
}

export function normaliseText(raw: string, opts: { multiline: boolean }): string {
  const lines = foldCompatible(raw)
    .replace(LINE_BREAK, '\n')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(INVISIBLE, '').replace(SPACES, ' ').trim())
  if (!opts.multiline) return lines.filter(Boolean).join(' ')
  // One blank line marks a paragraph; more is only blank space on someone else's screen.
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** A letter of any script (Chinese characters included): emoji, digits and punctuation alone say nothing. */
export function hasRealContent(text: string): boolean {
  return /\p{L}/u.test(text)
}

/** Characters a reader sees as written: code points, not UTF-16 units, and not whitespace. */
export function visibleLength(text: string): number {
  return Array.from(text.replace(/\s/g, '')).length
}

import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The CJK font of the agreement PDF: WenQuanYi Micro Hei (Apache 2.0 / GPLv3 with the font exception), a TrueType
 * collection. pdfkit embeds only the glyphs a document uses, so each PDF carries a subset of a few dozen KB while any
 * character of any name (rare ones included) can still be printed; a subset cut ahead of time would miss the names it
 * has not seen. So the whole font file travels with the function: `npm run build:functions` copies it into
 * dist/cloudfunctions/agreement/fonts/, where the bundle looks first.
 */
export const CJK_FONT_FILE = 'wqy-microhei.ttc'
/** The face of the collection used (the other is its monospaced twin). */
export const CJK_FACE = 'WenQuanYiMicroHei'
/** Where Debian's fonts-wqy-microhei puts it (.ci/run installs it): the local server and the tests use this copy. */
export const SYSTEM_CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

/** One named by ANJU_CJK_FONT, the one beside the bundle (deployed), or the system's: the first that exists. */
export function cjkFontPath(
  env: NodeJS.ProcessEnv = process.env,
  besideBundle = join(__dirname, 'fonts', CJK_FONT_FILE),
): string {
  const candidates = [env.ANJU_CJK_FONT, besideBundle, SYSTEM_CJK_FONT]
  const found = candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p))
  if (!found) throw new Error('no CJK font for the agreement PDF: install fonts-wqy-microhei or set ANJU_CJK_FONT')
  return found
}

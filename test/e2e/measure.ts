import type { Page } from 'playwright-core'

/** What a person on a small phone meets on the page as it is drawn now. */
export type Measurement = {
  /** Smallest computed font-size (px) of any visible text, and a sample of that text. */
  smallestText: { px: number; text: string } | null
  /** Smallest line-height / font-size ratio of visible body text (`normal` counts as 1.2). */
  tightestLineSpacing: { ratio: number; text: string } | null
  /** Smallest tap target by its shorter side: buttons, links, [role=button|radio|checkbox|switch]. */
  smallestTarget: { width: number; height: number; label: string } | null
  /** How far the page is wider than the viewport (px); 0 means nothing overflows sideways. */
  overflowX: number
}

/** The elements a finger has to hit. */
export const TARGETS = 'button,a[href],[role=button],[role=radio],[role=checkbox],[role=switch]'

/**
 * Measures the page in the browser. Invisible elements (zero size, display:none, visibility:hidden, aria-hidden
 * subtrees) and emoji-only text are skipped; `ignore` is a selector whose subtree is not measured (e.g. the dev bar).
 */
export async function measure(page: Page, ignore?: string): Promise<Measurement> {
  // tsx/esbuild wrap named inner functions in __name(); the page has no such helper.
  await page.evaluate('window.__name = window.__name || ((f) => f)')
  return page.evaluate(
    ({ targets, ignore }) => {
      const skip = (el: Element | null): boolean => {
        for (let e = el; e; e = e.parentElement) {
          if (e.getAttribute('aria-hidden') === 'true') return true
          if (ignore && e.matches(ignore)) return true
        }
        if (!el) return true
        const s = getComputedStyle(el)
        return s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0
      }
      const label = (el: Element) =>
        (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40)

      let smallestText: { px: number; text: string } | null = null
      let tightest: { ratio: number; text: string } | null = null
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim()
        if (!text || !/[\p{L}\p{N}]/u.test(text)) continue
        const el = n.parentElement
        if (!el || skip(el)) continue
        const range = document.createRange()
        range.selectNodeContents(n)
        const box = range.getBoundingClientRect()
        if (box.width === 0 || box.height === 0) continue
        const s = getComputedStyle(el)
        const px = Number.parseFloat(s.fontSize)
        if (!smallestText || px < smallestText.px) smallestText = { px, text: text.slice(0, 40) }
        const lh = s.lineHeight === 'normal' ? 1.2 * px : Number.parseFloat(s.lineHeight)
        const ratio = Math.round((lh / px) * 100) / 100
        if (text.length > 8 && (!tightest || ratio < tightest.ratio)) tightest = { ratio, text: text.slice(0, 40) }
      }

      let smallestTarget: { width: number; height: number; label: string } | null = null
      for (const el of Array.from(document.querySelectorAll(targets))) {
        if (skip(el)) continue
        const r = el.getBoundingClientRect()
        if (r.width === 0 || r.height === 0) continue
        const side = Math.min(r.width, r.height)
        if (!smallestTarget || side < Math.min(smallestTarget.width, smallestTarget.height)) {
          smallestTarget = { width: Math.round(r.width), height: Math.round(r.height), label: label(el) }
        }
      }

      const root = document.documentElement
      const overflowX = Math.max(0, Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth)
      return { smallestText, tightestLineSpacing: tightest, smallestTarget, overflowX }
    },
    { targets: TARGETS, ignore: ignore ?? null },
  )
}

/** One line for a report: `12px "日期" · 44×44 "重试" · lh 1.5 · overflow 0`. */
export function summarise(m: Measurement): string {
  const t = m.smallestText ? `${m.smallestText.px}px “${m.smallestText.text}”` : 'no text'
  const b = m.smallestTarget ? `${m.smallestTarget.width}×${m.smallestTarget.height} “${m.smallestTarget.label}”` : 'no targets'
  const l = m.tightestLineSpacing ? `lh ${m.tightestLineSpacing.ratio}` : 'lh -'
  return `${t} · ${b} · ${l} · overflow ${m.overflowX}px`
}

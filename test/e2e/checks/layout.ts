import type { Page } from 'playwright-core'

/** The smallest things a person has to read and hit on the visible page, and whether it is wider than the screen. */
export type LayoutFigures = {
  /** Smallest font size (px) of any visible text. */
  minTextPx: number
  /** The font size (px) that carries the most characters: the body text. */
  bodyTextPx: number
  /** Smallest side (px) of any visible control, and which one; 0 when the page has none. */
  minTargetPx: number
  minTarget: string
  overflowPx: number
}

export type Limits = { minTextPx: number; bodyTextPx: number; minTargetPx: number }

export const NORMAL: Limits = { minTextPx: 14, bodyTextPx: 14, minTargetPx: 44 }
export const ELDER: Limits = { minTextPx: 20, bodyTextPx: 24, minTargetPx: 60 }

/**
 * Taro's views take taps through listeners their components add, and carry no role until someone gives them one;
 * a finger aims at them all the same. Run before the app's code, this marks every element given a click listener.
 */
export const TAP_PROBE = `(() => {
  const add = EventTarget.prototype.addEventListener
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if ((type === 'click' || type === 'tap') && this instanceof Element) this.setAttribute('data-anju-tap', '')
    return add.call(this, type, listener, options)
  }
})()`

export async function measureLayout(page: Page): Promise<LayoutFigures> {
  return page.evaluate(() => {
    const CONTROLS = [
      'button',
      'a[href]',
      'input:not([type="hidden"])',
      'textarea',
      'select',
      '[role="button"]',
      '[role="link"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '[role="switch"]',
      '[role="tab"]',
      '[role="option"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',')
    // No named helpers in here: the test runner's compiler would wrap them in a function the page does not have.
    const shown = { checkOpacity: true, checkVisibilityCSS: true }
    const sizes = new Map<number, number>()
    let minText = Number.POSITIVE_INFINITY
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const el = node.parentElement
      if (!text || !el?.checkVisibility(shown) || el.closest('script,style,[aria-hidden="true"]')) continue
      const px = Number.parseFloat(getComputedStyle(el).fontSize)
      minText = Math.min(minText, px)
      sizes.set(px, (sizes.get(px) ?? 0) + text.length)
    }
    const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
    let minTarget = Number.POSITIVE_INFINITY
    let which = ''
    const tappable = Array.from(document.querySelectorAll('[data-anju-tap]')).filter(
      (el) => !el.matches('html, body, #app, .taro_router, .taro_page') && !el.querySelector('.taro_page'),
    )
    const controls = new Set([...Array.from(document.querySelectorAll(CONTROLS)), ...tappable])
    for (const el of controls) {
      if (!el.checkVisibility(shown) || el.getBoundingClientRect().width === 0) continue
      // A box typed into counts with the field drawn around it: that is what the finger aims at.
      const hit = el.matches('input,textarea') ? (el.parentElement ?? el) : el
      const r = hit.getBoundingClientRect()
      const side = Math.min(r.width, r.height)
      if (side < minTarget) {
        minTarget = side
        which = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`
      }
    }
    const root = document.scrollingElement ?? document.documentElement
    return {
      minTextPx: Number.isFinite(minText) ? minText : 0,
      bodyTextPx: body,
      minTargetPx: Number.isFinite(minTarget) ? Math.round(minTarget) : 0,
      minTarget: which,
      overflowPx: Math.max(0, root.scrollWidth - root.clientWidth),
    }
  })
}

/** What falls short of the limits, in words; empty when the page passes. */
export function shortfalls(f: LayoutFigures, limits: Limits): string[] {
  const out: string[] = []
  if (f.minTextPx < limits.minTextPx) out.push(`text ${f.minTextPx} px < ${limits.minTextPx} px`)
  if (f.bodyTextPx < limits.bodyTextPx) out.push(`body text ${f.bodyTextPx} px < ${limits.bodyTextPx} px`)
  if (f.minTargetPx > 0 && f.minTargetPx < limits.minTargetPx) {
    out.push(`target ${f.minTargetPx} px < ${limits.minTargetPx} px (${f.minTarget})`)
  }
  if (f.overflowPx > 0) out.push(`${f.overflowPx} px wider than the screen`)
  return out
}

/**
 * Props that make a view a real control for a screen reader on both targets. H5 renders `role` and `aria-*` as
 * attributes; the mini-program reads `aria-role` / `aria-label` / `aria-checked` (passed through by
 * config/aria-plugin.ts, which adds them to the base template; Taro camel-cases the prop names into template data).
 * The mini-program has no heading level, so `level` reaches H5 only.
 */
export type A11y = {
  role: 'button' | 'radio' | 'checkbox' | 'switch' | 'main' | 'heading' | 'img' | 'radiogroup' | 'group' | 'alert'
  label?: string
  checked?: boolean
  level?: number
}

export function a11y({ role, label, checked, level }: A11y): Record<string, string | number | undefined> {
  const state = checked === undefined ? undefined : String(checked)
  if (process.env.TARO_ENV === 'weapp') {
    return { ariaRole: role, ariaLabel: label, ariaChecked: state }
  }
  return { role, 'aria-label': label, 'aria-checked': state, 'aria-level': level }
}

/**
 * An image's text alternative: `aria-label` on the mini-program; on H5 `alt` on the inner <img>, which Taro's Image
 * builds from `nativeProps` only (an `alt` or `aria-label` on the Image itself stays on its wrapper element).
 */
export function imageAlt(text: string): { nativeProps: { alt: string } } | { ariaLabel: string } {
  return process.env.TARO_ENV === 'weapp' ? { ariaLabel: text } : { nativeProps: { alt: text } }
}

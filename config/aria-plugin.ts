import type { IPluginContext } from '@tarojs/service'

/**
 * The mini-program's base template only passes the attributes Taro knows of; WeChat reads `aria-*` on view, text and
 * image (base library 2.7.1+). Adding them here lets `ariaRole` / `ariaLabel` / `ariaChecked` props reach the screen
 * reader. H5 needs nothing: there the components get `role` and `aria-*` as plain attributes.
 */
const ARIA = {
  'aria-role': '',
  'aria-label': '',
  'aria-checked': '',
  'aria-disabled': '',
  'aria-hidden': '',
  'aria-level': '',
}

export default (ctx: IPluginContext) => {
  ctx.modifyRunnerOpts(({ opts }) => {
    const template = (opts as { template?: { mergeComponents?: (c: IPluginContext, patch: object) => void } })?.template
    template?.mergeComponents?.(ctx, { View: ARIA, Text: ARIA, Image: ARIA })
  })
}

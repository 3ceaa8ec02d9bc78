import path from 'node:path'
import type { IPluginContext } from '@tarojs/service'

/**
 * Taro's mini-program base template lists, per component, the attributes it passes from React props to
 * WXML; `aria-*` are not among them for view, text and image, so a screen reader on the phone heard none of
 * the labels the pages set. This adds them to the template, and hands the same list to a runtime module
 * (client/components/aria-runtime.ts) that adds them to the props the runtime sends: both sides number the
 * attributes in sorted order, so they must read one list. Kept to what the pages set: every attribute is
 * repeated in each level of the recursive template and costs main-package bytes.
 */
const ARIA_ATTRIBUTES: Record<string, Record<string, string>> = {
  View: { 'aria-role': '', 'aria-label': '', 'aria-checked': '' },
  Text: { 'aria-role': '', 'aria-label': '', 'aria-hidden': '' },
  Image: { 'aria-label': '' },
}

type MiniPlatform = {
  template?: { mergeComponents(ctx: IPluginContext, patch: Record<string, Record<string, string>>): void }
  runtimePath?: string | string[]
}

const RUNTIME = path.resolve(__dirname, '../client/components/aria-runtime.ts')

export default (ctx: IPluginContext) => {
  ctx.modifyWebpackChain(({ chain }) => {
    chain.plugin('definePlugin').tap((args) => {
      args[0].ARIA_ATTRIBUTES = JSON.stringify(ARIA_ATTRIBUTES)
      return args
    })
  })
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: MiniPlatform) {
      if (!platform.template) return
      platform.template.mergeComponents(ctx, ARIA_ATTRIBUTES)
      const current = platform.runtimePath ?? []
      platform.runtimePath = [...(Array.isArray(current) ? current : [current]), RUNTIME]
    },
  })
}

import { mergeInternalComponents } from '@tarojs/shared'

/** Defined by config/aria-plugin.ts at build time: the aria-* attributes it added to the template. */
declare const ARIA_ATTRIBUTES: Record<string, Record<string, string>>

// Runs before the app: the runtime must send the attributes the template was built with.
mergeInternalComponents(ARIA_ATTRIBUTES)

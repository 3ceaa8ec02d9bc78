import type * as Sdk from '@cloudbase/node-sdk'
import { systemClock } from '@shared/ports/clock'
import type { Deps } from '@shared/usecases/deps'
import type { NotificationSender } from '@shared/ports/notifications'
import { createCloudbaseFileStore } from '../adapters/cloudbase/cloudbase-files'
import { createCloudbaseStore } from '../adapters/cloudbase/cloudbase-store'
import { createWechatSubscribeSender } from '../adapters/cloudbase/wechat-subscribe-sender'
import { composeDeps } from './deps'

export type CloudbaseRuntime = { deps: Deps; sender: NotificationSender }

let runtime: Promise<CloudbaseRuntime> | null = null

// Loading the SDK takes ~280 ms; required here rather than imported, a cold start pays that only once a call
// needs CloudBase, not when the platform loads index.js. esbuild leaves this require to the installed package.
const tcb = (): typeof Sdk => require('@cloudbase/node-sdk')

/**
 * The production wiring, made once per warm container: the CloudBase database and WeChat subscribe
 * messages. Template ids are set per environment in the function's environment variables.
 */
export function cloudbaseRuntime(): Promise<CloudbaseRuntime> {
  runtime ??= (async () => {
    const sdk = tcb()
    const app = sdk.init({ env: sdk.SYMBOL_CURRENT_ENV })
    const deps = await composeDeps(createCloudbaseStore(app), systemClock, createCloudbaseFileStore(app))
    const sender = createWechatSubscribeSender(app, {
      templates: {
        funds_arrived: process.env.ANJU_TEMPLATE_FUNDS_ARRIVED ?? '',
        case_update: process.env.ANJU_TEMPLATE_CASE_UPDATE ?? '',
        objection_resolved: process.env.ANJU_TEMPLATE_OBJECTION_RESOLVED ?? '',
        hazard_update: process.env.ANJU_TEMPLATE_HAZARD_UPDATE ?? '',
      },
      miniprogramState: (process.env.ANJU_MINIPROGRAM_STATE as 'developer' | 'trial' | 'formal') ?? 'formal',
    })
    return { deps, sender }
  })().catch((error) => {
    runtime = null
    throw error
  })
  return runtime
}

/** The caller's OPENID as WeChat put it in the invocation context; never read from the event. */
export function openidFromContext(context: unknown): string | null {
  // The SDK refuses a context without `environment`/`environ`; the process environment then holds WX_OPENID.
  let env: { WX_OPENID?: string }
  try {
    env = tcb().getCloudbaseContext(context as never)
  } catch {
    env = tcb().getCloudbaseContext()
  }
  return env.WX_OPENID || null
}

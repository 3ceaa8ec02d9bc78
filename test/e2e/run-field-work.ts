/**
 * Only the field-work flow (issue 10) against the H5 build in dist/h5, for working on it without the whole walk.
 * `npx tsx test/e2e/run-field-work.ts` after `npx taro build --type h5`.
 */
import type { Page } from 'playwright-core'
import { fieldWorkSteps } from './flows/field-work'
import { shot, startStack } from './harness'

const START = '2026-11-23'

async function main(): Promise<void> {
  const stack = await startStack()
  stack.runtime.clock.moveTo(START)
  const as = async (openid: string, label: string, visit: (page: Page) => Promise<void>) => {
    const page = await stack.context.newPage()
    page.setDefaultTimeout(15_000)
    try {
      await page.goto(`${stack.base}/#/pages/login/index`)
      await page.click(`#login-user-${openid}`)
      await page.waitForSelector('#home-name, #home-unregistered')
      await visit(page)
    } catch (error) {
      await shot(page, `failed-${label}`).catch(() => undefined)
      throw error
    } finally {
      await page.close()
    }
  }
  let failed = 0
  try {
    for (const step of fieldWorkSteps(stack, as, shot)) {
      try {
        await step.run()
        console.log(`ok   ${step.name}`)
      } catch (error) {
        failed++
        console.log(`FAIL ${step.name}: ${error instanceof Error ? error.message : String(error)}`)
        if (step.chained) break
      }
    }
  } finally {
    await stack.close()
  }
  process.exitCode = failed > 0 ? 1 : 0
}

void main()

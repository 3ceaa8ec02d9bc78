import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from '../harness'

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')
const BLOCKING = new Set(['critical', 'serious'])

export type AxeFinding = { rule: string; impact: string; help: string; targets: string[] }

/** axe-core on the page as it stands; the critical and serious violations, each with the elements it found. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => 'axe' in window)
  if (!injected) await page.addScriptTag({ content: AXE })
  const violations = await page.evaluate(async () => {
    type Result = {
      id: string
      impact: string | null
      help: string
      nodes: { target: unknown[] }[]
    }
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Result[] }> } }).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }))
  })
  return violations.filter((v) => BLOCKING.has(v.impact))
}

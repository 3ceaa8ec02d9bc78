/**
 * How WeChat sizes a built mini-program: every file under a subpackage root counts against that subpackage,
 * everything else against the main package. Used by check-weapp.ts and the package benchmark.
 */
import fs from 'node:fs'
import path from 'node:path'

export const KB = 1024
export const HARD_LIMIT = 2 * 1024 * KB
export const MAIN_GOAL = 600 * KB

export type SubPackage = { root: string; pages: string[] }
export type AppJson = { pages: string[]; subPackages?: SubPackage[]; subpackages?: SubPackage[] }

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(full, base))
    else out.push(path.relative(base, full).split(path.sep).join('/'))
  }
  return out.sort()
}

/** The files that are uploaded, relative to `outDir` with `/` separators. */
export function packageFiles(outDir: string): string[] {
  // project.config.json in the output is a copy for the developer tools, not part of the uploaded package.
  return listFiles(outDir).filter((f) => f !== 'project.config.json' && f !== 'project.private.config.json')
}

export const readAppJson = (outDir: string): AppJson => JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8'))

export const subpackagesOf = (app: AppJson): SubPackage[] => app.subPackages ?? app.subpackages ?? []

export function packageBytes(outDir: string, files: string[], subs: { root: string }[]) {
  const roots = subs.map((s) => `${s.root.replace(/\/$/, '')}/`)
  const sub: Record<string, number> = Object.fromEntries(roots.map((r) => [r.slice(0, -1), 0]))
  let main = 0
  for (const f of files) {
    const size = fs.statSync(path.join(outDir, f)).size
    const root = roots.find((r) => f.startsWith(r))
    if (root) sub[root.slice(0, -1)] += size
    else main += size
  }
  return { main, sub }
}

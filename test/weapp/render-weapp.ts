/**
 * Runs the built mini-program (dist/weapp) and renders two of its pages, as far as we can without
 * WeChat DevTools: the real app.js / runtime.js / taro.js / vendors.js / common.js and each page's
 * index.js / .wxml / .json, in miniprogram-simulate (jsdom + WeChat's exparser, WXML compiled by wcc).
 *
 * Stand-ins: `App` / `getApp` / `getCurrentPages`, `Page` (turned into a component whose lifetimes call
 * onLoad → onShow → onReady, and onUnload on detach), and `wx` — miniprogram-simulate's mock of the
 * API (system info etc.) with in-memory storage and a `wx.cloud.callFunction` that answers canned
 * `{ ok: true, data }` envelopes. The canned answers are parsed by the actions' own zod contracts, and
 * every request the pages send is parsed by the action's input schema, so the two stay valid.
 *
 * Checks: pages/index/index greets the farmer by name and shows the farmer's tiles;
 * pages/board/index shows the canned notice's masked name. Any exception, unhandled rejection or
 * console.error while the app runs is a failure, and so is a page that renders nothing.
 *
 * Used by check-weapp.ts; alone: `npx tsx test/weapp/render-weapp.ts [weapp-dir]` (exit 1 on failure).
 * Sets globals (window, document, wx, App, Page, …) and requires the build once: one call per process.
 */
import fs from 'node:fs'
import path from 'node:path'
import { api, type ActionContract, type Me, type PublicNotice } from '@shared/api'
import { PUBLICITY_STAGE_LABEL } from '@shared/schemas/publicity'
import { ROLE_LABEL } from '@shared/schemas/user'
// Types only: the package itself is required at run time, after the globals it reads are in place.
import type { RootComponent } from 'miniprogram-simulate'

type Simulate = typeof import('miniprogram-simulate')
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rendered = RootComponent<any, any, any>
type Jsdom = { JSDOM: new (html: string, opts: { url: string }) => { window: Window & typeof globalThis } }

export type PageResult = { page: string; ok: boolean; ms: number; failures: string[] }
export type RenderResult = { ok: boolean; ms: number; pages: PageResult[]; failures: string[] }

const WAIT_MS = 3000

// ---- canned backend -------------------------------------------------------------------------------

const FARMER = {
  openid: 'oFARMER0001',
  registered: true,
  userId: 'u0001',
  name: '王秀英',
  role: 'farmer',
  roleLabel: ROLE_LABEL.farmer,
  regionPath: '371311.101.201',
  regionName: '东王村',
  householdId: 'hh0001',
  unread: 2,
  today: '2025-03-10',
} satisfies Me

const NOTICE = {
  _id: 'notice0001',
  villageName: '东王村',
  regionPath: '371311.101.201',
  stage: 'village_review',
  stageLabel: PUBLICITY_STAGE_LABEL.village_review,
  maskedName: '李*华',
  summary: '经村民代表评议，同意列为危房改造对象。',
  targetGroupLabel: '低保户',
  gradeLabel: 'D级危房',
  modeLabel: '拆除重建',
  amountFen: 4_800_000,
  postedOn: '2025-03-04',
  opensOn: '2025-03-05',
  closesOn: '2025-03-11',
  running: true,
  workingDaysLeft: 5,
  acceptsObjections: true,
} satisfies PublicNotice

/** `fn.action` → the contract and the data its `{ ok: true }` envelope carries. */
const ANSWERS: Record<string, { contract: ActionContract; data: unknown }> = {
  'user.me': { contract: api.user.me, data: FARMER },
  'publicity.board': { contract: api.publicity.board, data: { items: [NOTICE], next: null } },
}

/** The farmer's tiles on the home page (client/pages/index/index.tsx, TILES.farmer). */
const FARMER_TILES = ['tile-apply', 'tile-cases', 'tile-payments', 'tile-messages', 'tile-board']

type PageCheck = {
  page: string
  /** A node (by id) that must reach WXML as a control for a screen reader: its aria-role, and an aria-label. */
  control?: { uid: string; role: string }
  /** True once the page has rendered what the checks look at (or shown an error notice). */
  settled: (c: Rendered) => boolean
  check: (c: Rendered) => string[]
}

const textOf = (c: Rendered, selector: string): string | null => {
  const node = c.querySelector(selector)
  return node ? (node.dom?.textContent ?? '') : null
}

type TemplateNode = { uid?: string; nn?: string; cn?: unknown[] } & Record<string, unknown>

function findNode(data: unknown, uid: string): TemplateNode | null {
  if (!data || typeof data !== 'object') return null
  if ((data as TemplateNode).uid === uid) return data as TemplateNode
  for (const v of Object.values(data)) {
    const found = findNode(v, uid)
    if (found) return found
  }
  return null
}

/**
 * The simulator's exparser does not reflect aria-* (or id) into its DOM, so the check follows the same path
 * WeChat does: the node's template (by its `nn`) binds aria-role / aria-label to shortcut keys of the node's
 * data, and those keys must hold the role and a label (config/aria-plugin.ts puts them in both).
 */
function ariaFailures(data: unknown, base: string, control: { uid: string; role: string }): string[] {
  const node = findNode(data, control.uid)
  if (!node) return [`has no node #${control.uid} in its data`]
  const start = base.indexOf(`<template name="tmpl_0_${node.nn}">`)
  const tag = start >= 0 ? base.slice(start, base.indexOf('>', base.indexOf('<', start + 1))) : ''
  const keyOf = (attr: string) => new RegExp(`${attr}="\\{\\{i\\.(\\w+)\\}\\}"`).exec(tag)?.[1]
  const role = keyOf('aria-role')
  const label = keyOf('aria-label')
  const out: string[] = []
  if (!role || node[role] !== control.role) out.push(`#${control.uid} does not reach WXML with aria-role="${control.role}"`)
  if (!label || typeof node[label] !== 'string' || !node[label])
    out.push(`#${control.uid} does not reach WXML with an aria-label`)
  return out
}

const PAGES: PageCheck[] = [
  {
    page: 'pages/index/index',
    control: { uid: 'tile-apply', role: 'button' },
    settled: (c) =>
      !!c.querySelector('#home-error') ||
      (!!c.querySelector('#home-name') && FARMER_TILES.every((t) => c.querySelector(`#${t}`))),
    check: (c) => {
      const out: string[] = []
      const err = textOf(c, '#home-error')
      if (err !== null) out.push(`shows the error notice: ${err.trim()}`)
      const name = textOf(c, '#home-name')
      if (name === null) out.push('has no #home-name')
      else if (!name.includes(FARMER.name)) out.push(`#home-name is "${name}", expected the farmer's name ${FARMER.name}`)
      const missing = FARMER_TILES.filter((t) => !c.querySelector(`#${t}`))
      if (missing.length) out.push(`lacks the farmer's tiles ${missing.map((t) => `#${t}`).join(', ')}`)
      return out
    },
  },
  {
    page: 'pages/board/index',
    settled: (c) => ['#board-error', '#board-empty', `#board-item-${NOTICE._id}`].some((s) => c.querySelector(s)),
    check: (c) => {
      const err = textOf(c, '#board-error') ?? textOf(c, '#board-empty')
      if (err !== null) return [`shows ${err.trim()} instead of the canned notice`]
      const item = textOf(c, `#board-item-${NOTICE._id}`)
      if (item === null) return [`has no #board-item-${NOTICE._id} (page text: ${(c.dom?.textContent ?? '').slice(0, 200)})`]
      return item.includes(NOTICE.maskedName)
        ? []
        : [`#board-item-${NOTICE._id} does not show the masked name ${NOTICE.maskedName}: ${item.slice(0, 200)}`]
    },
  },
]

// ---- the run -----------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const msg = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e))

export async function renderWeapp(outDir: string): Promise<RenderResult> {
  const started = Date.now()
  const failures: string[] = []
  /** Errors from the app's own code: console.error, uncaught exceptions, unhandled rejections, bad requests. */
  const errors: string[] = []
  const g = globalThis as unknown as Record<string, unknown>

  const onError = (e: unknown) => errors.push(msg(e))
  const consoleError = console.error
  process.on('uncaughtException', onError)
  process.on('unhandledRejection', onError)
  console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map(msg).join(' ')}`.slice(0, 600))

  const pages: PageResult[] = []
  try {
    for (const [key, { contract, data }] of Object.entries(ANSWERS)) {
      const res = contract.output.safeParse(data)
      if (!res.success) throw new Error(`the canned answer for ${key} no longer matches its contract: ${res.error.message}`)
    }

    // jsdom for j-component / exparser, then `wx` (must exist before miniprogram-simulate merges its mock into it).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { JSDOM } = require('jsdom') as Jsdom
    const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://servicewechat.com/' })
    g.window = window
    g.document = window.document
    g.wx = makeWx(errors)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const simulate = require('miniprogram-simulate') as Simulate

    let app: Record<string, unknown> | null = null
    const live: unknown[] = []
    let route = ''
    g.App = (config: Record<string, unknown>) => {
      app = config
    }
    g.getApp = () => app
    g.getCurrentPages = () => live
    g.Page = (config: Record<string, unknown>) => {
      const { data, ...rest } = config
      const methods = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'function'))
      const pageRoute = route
      type Inst = Record<string, (...a: unknown[]) => unknown> & { route: string; __route__: string }
      ;(g.Component as (o: unknown) => void)({
        data,
        methods,
        lifetimes: {
          attached(this: Inst) {
            this.route = this.__route__ = pageRoute
            live.push(this)
            this.onLoad({})
          },
          ready(this: Inst) {
            this.onShow()
            this.onReady()
          },
          detached(this: Inst) {
            this.onUnload()
            live.splice(live.indexOf(this), 1)
          },
        },
      })
    }

    const base = fs.readFileSync(path.join(outDir, 'base.wxml'), 'utf8')
    require(path.join(outDir, 'app.js'))
    const launched = app as Record<string, unknown> | null
    if (!launched) throw new Error('app.js did not call App()')
    const launch = { path: PAGES[0].page, query: {}, scene: 1001 }
    ;(launched.onLaunch as (o: unknown) => void)?.call(launched, launch)
    ;(launched.onShow as (o: unknown) => void)?.call(launched, launch)

    for (const p of PAGES) {
      const pageStarted = Date.now()
      const pageFailures: string[] = []
      const errorsBefore = errors.length
      route = p.page
      try {
        const id = simulate.load(path.join(outDir, p.page), { rootPath: outDir })
        const comp = simulate.render(id) as Rendered
        comp.attach(window.document.createElement('parent-wrapper'))
        const deadline = Date.now() + WAIT_MS
        while (!p.settled(comp) && errors.length === errorsBefore && Date.now() < deadline) await sleep(5)
        await sleep(0)
        const root = (comp.data as { root?: { cn?: unknown[] } }).root
        if (!root?.cn?.length || !(comp.dom?.textContent ?? '').trim()) pageFailures.push('rendered nothing')
        else pageFailures.push(...p.check(comp))
        // The page template binds root-font-size to a shortcut key of the page's `pageMeta` data (e.g. p7).
        const wxml = fs.readFileSync(path.join(outDir, `${p.page}.wxml`), 'utf8')
        const key = /root-font-size="\{\{pageMeta\.(\w+)/.exec(wxml)?.[1]
        const meta = (comp.data as { pageMeta?: Record<string, unknown> }).pageMeta
        if (!key || meta?.[key] !== 'system') pageFailures.push('rendered without page-meta root-font-size="system"')
        if (p.control) pageFailures.push(...ariaFailures(comp.data, base, p.control))
        if (!p.settled(comp) && errors.length === errorsBefore)
          pageFailures.push(`did not finish rendering within ${WAIT_MS / 1000} s`)
        comp.detach()
      } catch (e) {
        pageFailures.push(`threw: ${msg(e)}`)
      }
      await sleep(0)
      pageFailures.push(...errors.slice(errorsBefore).map((e) => `error while rendering: ${e}`))
      pages.push({ page: p.page, ok: pageFailures.length === 0, ms: Date.now() - pageStarted, failures: pageFailures })
      failures.push(...pageFailures.map((f) => `${p.page} ${f}`))
    }
  } catch (e) {
    failures.push(`could not start the app: ${msg(e)}`)
    failures.push(...errors.map((e2) => `error while starting: ${e2}`))
  } finally {
    console.error = consoleError
    process.off('uncaughtException', onError)
    process.off('unhandledRejection', onError)
  }
  return { ok: failures.length === 0, ms: Date.now() - started, pages, failures }
}

/** The parts of `wx` the app uses; miniprogram-simulate fills in the rest (system info, navigation, …). */
function makeWx(errors: string[]) {
  const storage = new Map<string, unknown>()
  type CallOpts = {
    name: string
    data?: Record<string, unknown>
    success?: (r: unknown) => void
    fail?: (e: unknown) => void
    complete?: (r: unknown) => void
  }
  return {
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    cloud: {
      init: () => undefined,
      callFunction(opts: CallOpts) {
        const { action, ...input } = opts.data ?? {}
        const key = `${opts.name}.${String(action)}`
        const answer = ANSWERS[key]
        let result: unknown
        if (!answer) {
          errors.push(`the page called ${key}, which the render check has no canned answer for`)
          result = { ok: false, error: { code: 'INTERNAL', message: `no canned answer for ${key}` } }
        } else {
          const parsed = answer.contract.input.safeParse(input)
          if (!parsed.success) errors.push(`the page sent ${key} an input its contract refuses: ${parsed.error.message}`)
          result = { ok: true, data: answer.data }
        }
        const res = { result, errMsg: 'cloud.callFunction:ok', requestID: 'render-weapp' }
        return Promise.resolve(res).then((r) => {
          opts.success?.(r)
          opts.complete?.(r)
          return r
        })
      },
    },
  }
}

if ((require as unknown as NodeJS.Require).main === module) {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'dist', 'weapp'))
  void renderWeapp(out).then((r) => {
    for (const f of r.failures) console.error(`error: render: ${f}`)
    const pages = r.pages.map((p) => `${p.page} ${p.ok ? 'ok' : 'FAILED'} (${p.ms} ms)`).join(', ')
    console.log(`weapp render: ${pages || 'no page rendered'}; ${r.ms} ms`)
    process.exit(r.ok ? 0 : 1)
  })
}

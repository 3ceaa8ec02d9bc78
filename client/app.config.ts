import { ROUTES } from '../shared/routes'

const paths = Object.values(ROUTES).map((r) => r.path.replace(/^\//, ''))
/** A page under `packages/<name>/` belongs to that subpackage; every other page is in the main package. */
const rootOf = (path: string) => /^packages\/[^/]+/.exec(path)?.[0] ?? null
const roots = [...new Set(paths.map(rootOf).filter((r): r is string => r !== null))]

// The main package holds the public and farmer pages; each feature's pages (review, finance) are a subpackage.
const mainPages = [
  ROUTES.index,
  ...(process.env.TARO_ENV === 'h5' ? [ROUTES.login] : []),
  ROUTES.apply,
  ROUTES.cases,
  ROUTES.case,
  ROUTES.plan,
  ROUTES.board,
  ROUTES.payments,
  ROUTES.messages,
  ROUTES.bind,
].map((r) => r.path.replace(/^\//, ''))

export default defineAppConfig({
  pages: mainPages,
  subPackages: roots.map((root) => ({
    root,
    pages: paths.filter((p) => p.startsWith(`${root}/`)).map((p) => p.slice(root.length + 1)),
  })),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b4f8a',
    navigationBarTitleText: '农房安居',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
})

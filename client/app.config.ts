import { ROUTES } from '../shared/routes'

const paths = Object.values(ROUTES).map((r) => r.path.replace(/^\//, ''))
/** A page under `packages/<name>/` belongs to that subpackage; every other page is in the main package. */
const rootOf = (path: string) => /^packages\/[^/]+/.exec(path)?.[0] ?? null
const roots = [...new Set(paths.map(rootOf).filter((r): r is string => r !== null))]

// The main package holds what a farmer or a visitor opens first (home, apply, their cases, the board, payments,
// messages). The household's plan and agreement (after the county's approval), the public channels (a notice opened
// from a shared link, objections, hazard reports) and each officials' feature are subpackages, fetched the first time
// one of their pages opens.
const mainPages = [
  ROUTES.index,
  ...(process.env.TARO_ENV === 'h5' ? [ROUTES.login] : []),
  ROUTES.apply,
  ROUTES.cases,
  ROUTES.case,
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
  // On Wi-Fi the home page fetches the farmer's and the public subpackages in the background, so their pages open at
  // once later; on a mobile connection nothing is fetched before it is needed.
  preloadRule: {
    [ROUTES.index.path.replace(/^\//, '')]: { network: 'wifi', packages: ['packages/household', 'packages/public'] },
  },
  // A hazard report records where the danger is, and an inspection where its photos were taken (Taro.getLocation),
  // when the person allows it; WeChat requires both declarations.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于记录您反映的房屋隐患位置和排查照片的拍摄位置' } },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b4f8a',
    navigationBarTitleText: '农房安居',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
})

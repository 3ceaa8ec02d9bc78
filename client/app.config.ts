import { ROUTES, SUBPACKAGES } from './constants/routes'

const path = (r: string) => r.replace(/^\//, '')
const under = (root: string) =>
  Object.values(ROUTES)
    .filter((r) => r.startsWith(`/${root}/`))
    .map((r) => r.slice(root.length + 2))

// The main package holds the public and farmer pages; each official role's pages are a subpackage.
const mainPages = [
  ROUTES.index,
  // H5 signs in through the local server's dev login; the mini-program gets identity from WeChat.
  ...(process.env.TARO_ENV === 'h5' ? [ROUTES.login] : []),
  ROUTES.apply,
  ROUTES.cases,
  ROUTES.case,
  ROUTES.board,
  ROUTES.payments,
  ROUTES.messages,
  ROUTES.bind,
].map(path)

export default defineAppConfig({
  pages: mainPages,
  subPackages: Object.values(SUBPACKAGES).map((root) => ({ root, pages: under(root) })),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b4f8a',
    navigationBarTitleText: '农房安居',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
})

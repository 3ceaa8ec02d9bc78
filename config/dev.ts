import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      // `npm start` serves the API on 8080; the H5 dev server forwards /api there.
      proxy: [{ context: ['/api'], target: 'http://127.0.0.1:8080' }],
    },
  },
} satisfies UserConfigExport<'webpack5'>

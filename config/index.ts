import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const sharedDir = path.resolve(root, 'shared')

/**
 * One config for both targets: `taro build --type weapp` → dist/weapp, `--type h5` → dist/h5.
 * NutUI React Taro is drawn at 375 px; our own styles at 750 (1 px = 1 rpx); text sizes come from rem tokens
 * (client/styles/tokens.scss) so that they follow the person's font setting on both targets.
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'anju',
    date: '2025-11-25',
    designWidth(input) {
      const file = (input as { file?: string } | undefined)?.file?.replace(/\\+/g, '/') ?? ''
      return file.includes('@nutui') ? 375 : 750
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'client',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // NutUI React Taro renders HTML tags (div, span, button); plugin-html maps them on the mini-program.
    // aria-plugin passes the aria-* props of view, text and image through to WXML.
    plugins: ['@tarojs/plugin-html', path.resolve(__dirname, 'aria-plugin.ts')],
    alias: {
      '@shared': sharedDir,
    },
    env: {
      // The CloudBase environment the mini-program talks to; empty means the default environment.
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      // Subscribe-message template ids the mini-program asks consent for (docs/notifications.md); empty: not asked.
      TARO_APP_TEMPLATE_CASE_UPDATE: JSON.stringify(process.env.TARO_APP_TEMPLATE_CASE_UPDATE ?? ''),
      TARO_APP_TEMPLATE_FUNDS_ARRIVED: JSON.stringify(process.env.TARO_APP_TEMPLATE_FUNDS_ARRIVED ?? ''),
      TARO_APP_TEMPLATE_OBJECTION_RESOLVED: JSON.stringify(process.env.TARO_APP_TEMPLATE_OBJECTION_RESOLVED ?? ''),
      TARO_APP_TEMPLATE_HAZARD_UPDATE: JSON.stringify(process.env.TARO_APP_TEMPLATE_HAZARD_UPDATE ?? ''),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    // WeChat templates cannot recurse, so Taro writes base.wxml once per nesting level; past the last level a subtree
    // continues in a custom component. Eight levels instead of sixteen take 24 KB off the main package.
    baseLevel: 8,
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // shared/ lives outside sourceRoot; Taro only compiles what it is told to.
      compile: { include: [sharedDir] },
      // Per-component CSS (ours and NutUI's) is imported from many pages; their order does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      compile: { include: [sharedDir] },
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      // Without this every lazily loaded page carries its own copy of React, zod and NutUI (~185 KB each). The
      // runtime every page needs is one chunk; the rest of node_modules is split by who uses it, so the first screen
      // does not download the NutUI components and the validation library that only the forms use.
      webpackChain(chain) {
        chain.optimization.splitChunks({
          chunks: 'all',
          maxInitialRequests: 8,
          maxAsyncRequests: 12,
          cacheGroups: {
            runtime: {
              name: 'runtime',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@tarojs)[\\/]/,
              priority: 20,
              reuseExistingChunk: true,
            },
            vendors: { test: /[\\/]node_modules[\\/]/, priority: 10, reuseExistingChunk: true },
            common: { minChunks: 2, priority: 5, reuseExistingChunk: true },
          },
        })
      },
      postcss: {
        // 1rem is the browser's own text size (client/index.html drops Taro's width-based root script), so every
        // px of the 750 design becomes rem at 32 per rem (NutUI's 375 design at 16) and follows the person's setting.
        pxtransform: { enable: true, config: { baseFontSize: 16 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})

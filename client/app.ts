import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { showRouteChunkFailures } from './services/route-chunk-retry'
import './app.scss'

showRouteChunkFailures()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // An empty env id means the environment chosen in the WeChat developer tools.
      const env = process.env.TARO_APP_CLOUD_ENV || undefined
      Taro.cloud.init({ env, traceUser: true })
    }
  })
  return children
}

export default App

/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform Taro is building for; the client only targets these two. */
    TARO_ENV: 'weapp' | 'h5'
    /** CloudBase environment id for `Taro.cloud.init`; empty means the default environment. */
    TARO_APP_CLOUD_ENV?: string
  }
}

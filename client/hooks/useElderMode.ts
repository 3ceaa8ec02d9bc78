import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { elderState, type KeyValue, readElder, saveElder } from './elder-mode'

const storage: KeyValue = {
  get: (key) => {
    try {
      return Taro.getStorageSync(key)
    } catch {
      return undefined
    }
  },
  set: (key, value) => {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Storage full or blocked: the mode still holds for this visit.
    }
  },
}

/** WeChat's font setting in px (weapp only); getAppBaseInfo replaces getSystemInfoSync from base library 2.20.1. */
function wechatFontSize(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  try {
    const info = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()
    return (info as { fontSizeSetting?: number }).fontSizeSetting
  } catch {
    return undefined
  }
}

const elder = elderState(() => readElder(storage, wechatFontSize()))

/** Whether 关怀模式 is on, and a setter that remembers the choice on this phone. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(elder.get)
  useEffect(() => {
    const stop = elder.subscribe(setOn)
    return () => {
      stop()
    }
  }, [])
  const set = (next: boolean) => {
    saveElder(storage, next)
    elder.set(next)
  }
  return [on, set]
}

import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '../a11y'
import './index.scss'

type Props = {
  tone?: 'info' | 'ok' | 'warn' | 'bad'
  id?: string
  children: ReactNode
  /** Shows a "重试" link that calls this. */
  onRetry?: () => void
}

/** A coloured message box: loading, empty, success or failure, always in words. */
export function Notice({ tone = 'info', id, children, onRetry }: Props) {
  return (
    <View id={id} className={`notice notice--${tone}`}>
      <Text className='notice__text'>{children}</Text>
      {onRetry ? (
        <View className='notice__retry' id={id ? `${id}-retry` : undefined} onClick={onRetry} {...a11y({ role: 'button' })}>
          重试
        </View>
      ) : null}
    </View>
  )
}

export function Loading() {
  return <Notice>正在加载，请稍候……</Notice>
}

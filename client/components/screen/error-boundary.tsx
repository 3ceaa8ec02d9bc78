import { Text, View } from '@tarojs/components'
import { Component, type ReactNode } from 'react'
import { NETWORK_MESSAGE } from '../../services/api-error'
import { a11y } from '../a11y'
import { isChunkLoadError } from '../../services/chunk-error'
import { CRASH_MESSAGE } from './failure'

type Props = { children: ReactNode; onReload: () => void }
type State = { error: unknown }

/**
 * A page that throws while drawing shows "页面出错了" and 重试 instead of going blank; code that did not arrive
 * (a chunk that failed on a weak line) shows "网络不通", and 重试 loads the page again.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('render failed') }
  }

  retry = () => {
    if (isChunkLoadError(this.state.error)) this.props.onReload()
    else this.setState({ error: null })
  }

  render() {
    if (!this.state.error) return this.props.children
    const offline = isChunkLoadError(this.state.error)
    return (
      <View className='notice notice--bad screen__failure' id='screen-crash' {...a11y({ role: 'alert' })}>
        <Text className='notice__text'>
          {offline ? NETWORK_MESSAGE : `${CRASH_MESSAGE}。请点“重试”；还不行，请返回后重新打开。`}
        </Text>
        <View className='notice__retry' id='screen-crash-retry' onClick={this.retry} {...a11y({ role: 'button' })}>
          重试
        </View>
      </View>
    )
  }
}

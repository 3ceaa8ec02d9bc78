import { PageMeta, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { pathOf } from '@shared/routes'
import { useElderMode } from '../../hooks/useElderMode'
import { a11y } from '../a11y'
import { BigButton } from '../big-button'
import { Loading, Notice } from '../notice'
import { ErrorBoundary } from './error-boundary'
import { type Failure, failureOf, SIGNIN_MESSAGE } from './failure'
import { reloadPage } from './reload'
import { currentUrl, rememberReturn } from './return-to'
import { onSignInNeeded } from './sign-in-signal'
import './index.scss'

/** What the shell needs of a page's main load (useRemote gives exactly this; `failure` is the thrown value). */
export type ScreenLoad = {
  data: unknown
  loading: boolean
  failure?: unknown
  reload: () => unknown
}

type Props = {
  /** The page's heading (level 1) and the label of its main region. */
  title: string
  /** Pages anyone may open (home, 公示栏, login) never ask for a sign-in. */
  isPublic?: boolean
  /** The page's main load: the shell shows loading, the failure with 重试 or sign-in, and the content once it came. */
  load?: ScreenLoad
  className?: string
  children?: ReactNode
}

const isH5 = process.env.TARO_ENV === 'h5'
/**
 * On H5 the page scrolls inside Taro's `.taro_page`, not in the document: a keyboard or switch user must be able to
 * reach and scroll it, so it gets tabindex 0 and the page's name (axe: scrollable-region-focusable).
 */
function useFocusableScroller(title: string) {
  const ref = useRef<{ closest?: (s: string) => Element | null } | null>(null)
  useEffect(() => {
    if (!isH5) return
    const scroller = ref.current?.closest?.('.taro_page')
    if (!scroller) return
    scroller.setAttribute('tabindex', '0')
    scroller.setAttribute('aria-label', title)
  }, [title])
  return ref
}

function signIn() {
  rememberReturn(currentUrl())
  void Taro.navigateTo({ url: pathOf('login') })
}

function FailureNotice({ failure, onRetry }: { failure: Failure; onRetry: () => unknown }) {
  if (failure.kind === 'signin' || failure.kind === 'register') {
    return (
      <Notice tone='warn' id='screen-signin'>
        {failure.message}
        {isH5 ? (
          <BigButton id='screen-signin-go' onClick={signIn}>
            登录
          </BigButton>
        ) : failure.kind === 'register' ? (
          <BigButton id='screen-bind-go' onClick={() => void Taro.navigateTo({ url: pathOf('bind') })}>
            农户绑定
          </BigButton>
        ) : null}
      </Notice>
    )
  }
  return (
    <Notice tone='bad' id='screen-error' onRetry={onRetry}>
      {failure.kind === 'network' ? failure.message : `${failure.message}。请点“重试”；还不行，请返回后重新打开。`}
    </Notice>
  )
}

/**
 * Every page renders inside this: the mini-program's page-meta (1rem = WeChat's font setting), elder mode, the
 * main landmark with the page heading, the page's load states in plain Chinese, in-place sign-in and an error
 * boundary. Pages keep only their content.
 */
export function Screen({ title, isPublic = false, load, className, children }: Props) {
  const [elder] = useElderMode()
  const [askSignIn, setAskSignIn] = useState(false)
  const scroller = useFocusableScroller(title)
  useEffect(() => (isPublic ? undefined : onSignInNeeded(() => setAskSignIn(true))), [isPublic])

  const failure = load && !load.loading && load.failure ? failureOf(load.failure, { isPublic }) : null
  const shown: Failure | null = askSignIn && failure?.kind !== 'register' ? { kind: 'signin', message: SIGNIN_MESSAGE } : failure

  return (
    <>
      {process.env.TARO_ENV === 'weapp' ? <PageMeta rootFontSize='system' pageFontSize='system' /> : null}
      <View
        className={`screen${elder ? ' screen--elder' : ''}${className ? ` ${className}` : ''}`}
        id='screen'
        ref={scroller}
        {...a11y({ role: 'main', label: title })}
      >
        <Text className='screen-title' id='screen-title' {...a11y({ role: 'heading', level: 1 })}>
          {title}
        </Text>
        <ErrorBoundary onReload={reloadPage}>
          {shown ? <FailureNotice failure={shown} onRetry={load?.reload ?? reloadPage} /> : null}
          {load?.loading && load.data == null ? <Loading /> : null}
          {!load || load.data != null ? children : null}
        </ErrorBoundary>
      </View>
    </>
  )
}

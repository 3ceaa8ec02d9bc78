import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { BigButton } from '../../components/big-button'
import { Loading, Notice } from '../../components/notice'
import { link } from '@shared/routes'
import { useRemote } from '../../hooks/useRemote'
import { messageOf } from '../../services/api-error'
import { devLogin, listDevUsers, type DevUser } from '../../services/dev-login'
import { forgetMe } from '../../services/me'
import { setToken } from '../../services/session'
import './index.scss'

const ROLE_ORDER = ['farmer', 'village', 'township', 'county', 'finance', 'appraiser']
const rank = (u: DevUser) => {
  const i = ROLE_ORDER.indexOf(u.role ?? '')
  return i < 0 ? ROLE_ORDER.length : i
}

/**
 * Browser build only: the local server lists its seeded people and signs in as one of them.
 * In the mini-program WeChat supplies the identity, and this page is not built.
 */
export default function Login() {
  const users = useRemote(() => (process.env.TARO_ENV === 'h5' ? listDevUsers() : Promise.resolve([] as DevUser[])))
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const signIn = async (u: DevUser) => {
    setBusy(u.openid)
    setError(null)
    try {
      setToken(await devLogin(u.openid))
      forgetMe()
      await Taro.reLaunch({ url: link('index') })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='screen'>
      <Text className='screen-title'>请选择您的身份</Text>
      <View className='stack'>
        <Notice>这是本机试用的登录页。在微信小程序里，系统会自动认出您的微信身份。</Notice>
        {users.loading ? <Loading /> : null}
        {users.error ? (
          <Notice tone='bad' id='login-error' onRetry={users.reload}>
            {users.error}
          </Notice>
        ) : null}
        {error ? (
          <Notice tone='bad' id='login-error'>
            {error}
          </Notice>
        ) : null}
        {[...(users.data ?? [])]
          .sort((a, b) => rank(a) - rank(b))
          .map((u) => (
            <View key={u.openid} className='login__user'>
              <BigButton
                id={`login-user-${u.openid}`}
                kind={u.role === 'farmer' ? 'primary' : 'default'}
                loading={busy === u.openid}
                onClick={() => signIn(u)}
              >
                {u.name}（{u.roleLabel}）
              </BigButton>
              <Text className='login__region'>{u.regionName}</Text>
            </View>
          ))}
        <BigButton id='login-board' kind='default' onClick={() => Taro.navigateTo({ url: link('board') })}>
          不登录，只看公示栏
        </BigButton>
      </View>
    </View>
  )
}

import { Phone } from '@shared/schemas/common'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { BigButton } from '../../components/big-button'
import { Loading, Notice } from '../../components/notice'
import { link, pathOf } from '@shared/routes'
import { useRemote } from '../../hooks/useRemote'
import { messageOf } from '../../services/api-error'
import { Field } from '../../components/field'
import { TextInput } from '../../components/text-input'
import { sendLoginCode, staffLogin, startVisitor } from '../../services/auth'
import { devLogin, listDevUsers, type DevUser } from '../../services/dev-login'
import { forgetMe } from '../../services/me'
import { setToken } from '../../services/session'
import './index.scss'
import { Screen } from '../../components/screen'
import { takeReturn } from '../../components/screen/return-to'

const ROLE_ORDER = ['farmer', 'village', 'township', 'county', 'finance', 'appraiser', 'admin']
const rank = (u: DevUser) => {
  const i = ROLE_ORDER.indexOf(u.role ?? '')
  return i < 0 ? ROLE_ORDER.length : i
}

/**
 * Browser build only (in the mini-program WeChat supplies the identity, and this page is not built): look at the
 * board as a visitor, bind a household, or sign in as staff. A development server also lists its demo people.
 */
export default function Login() {
  // Production has no dev routes: the demo list is simply left out.
  const users = useRemote(() => listDevUsers().catch(() => [] as DevUser[]))
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [phone, setPhone] = useState('')
  const [secret, setSecret] = useState('')
  const [withPassword, setWithPassword] = useState(false)
  const [codeSent, setCodeSent] = useState(false)

  const attempt = async (key: string, run: () => Promise<void>) => {
    setBusy(key)
    setError(null)
    try {
      await run()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }
  const enter = async (token: string, url: string) => {
    setToken(token)
    forgetMe()
    await Taro.reLaunch({ url: takeReturn() ?? url })
  }
  const asVisitor = (url: string) => attempt('visitor', async () => enter((await startVisitor()).token, url))
  // Buttons stay enabled (a greyed-out button is hard to read and says nothing); a tap tells what is missing.
  const needPhone = () => {
    if (Phone.safeParse(phone.trim()).success) return false
    setError('请填写 11 位手机号')
    return true
  }
  const askCode = () =>
    attempt('code', async () => {
      if (needPhone()) return
      await sendLoginCode(phone.trim())
      setCodeSent(true)
    })
  const asStaff = () =>
    attempt('staff', async () => {
      if (needPhone()) return
      if (!secret.trim()) {
        setError(withPassword ? '请填写密码' : '请填写收到的验证码')
        return
      }
      const proof = withPassword ? { password: secret } : { code: secret.trim() }
      await enter((await staffLogin(phone.trim(), proof)).token, pathOf('index'))
    })

  const signIn = async (u: DevUser) => {
    setBusy(u.openid)
    setError(null)
    try {
      setToken(await devLogin(u.openid))
      forgetMe()
      await Taro.reLaunch({ url: takeReturn() ?? link('index') })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Screen title='请选择您的身份' isPublic>
      <View className='stack'>
        {error ? (
          <Notice tone='bad' id='login-error'>
            {error}
          </Notice>
        ) : null}
        <BigButton id='login-board' kind='default' loading={busy === 'visitor'} onClick={() => asVisitor(pathOf('board'))}>
          只看公示栏
        </BigButton>
        <BigButton id='login-hazard' kind='default' onClick={() => asVisitor(pathOf('hazardReport'))}>
          反映住房安全隐患
        </BigButton>
        <BigButton id='login-bind' kind='primary' onClick={() => asVisitor(pathOf('bind'))}>
          农户绑定（身份证号 + 绑定码）
        </BigButton>
        <Text className='login__section'>工作人员登录</Text>
        <Field name='login-phone' label='手机号'>
          <TextInput id='login-phone' type='digit' value={phone} onChange={setPhone} maxLength={11} placeholder='11 位手机号' />
        </Field>
        {withPassword ? null : (
          <BigButton id='login-send-code' kind='default' loading={busy === 'code'} onClick={askCode}>
            {codeSent ? '重新获取验证码' : '获取验证码'}
          </BigButton>
        )}
        <Field name='login-secret' label={withPassword ? '密码' : '验证码（6 位）'}>
          <TextInput
            id='login-secret'
            type={withPassword ? 'text' : 'digit'}
            value={secret}
            onChange={setSecret}
            maxLength={withPassword ? 100 : 6}
          />
        </Field>
        <BigButton id='login-staff' loading={busy === 'staff'} onClick={asStaff}>
          登录
        </BigButton>
        <BigButton id='login-switch' kind='default' onClick={() => setWithPassword(!withPassword)}>
          {withPassword ? '改用验证码登录' : '改用密码登录'}
        </BigButton>
        {users.loading ? <Loading /> : null}
        {(users.data ?? []).length > 0 ? <Notice>本机试用：也可以直接选一位演示人员。</Notice> : null}
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
      </View>
    </Screen>
  )
}

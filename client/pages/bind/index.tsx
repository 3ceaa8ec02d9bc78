import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { userApi } from '@shared/api/user.api'
import { BigButton } from '../../components/big-button'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { TextInput } from '../../components/text-input'
import { pathOf } from '@shared/routes'
import { messageOf } from '../../services/api-error'
import { startVisitor } from '../../services/auth'
import { call } from '../../services/call'
import { forgetMe } from '../../services/me'
import { getToken, setToken } from '../../services/session'
import { Screen } from '../../components/screen'

/** A farmer binds their household once: a member's ID number and the code the village gave them. */
export default function Bind() {
  const [idNumber, setIdNumber] = useState('')
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      if (process.env.TARO_ENV === 'h5' && !getToken()) setToken((await startVisitor()).token)
      await call(userApi.bind, { idNumber: idNumber.trim().toUpperCase(), code: code.trim() })
      forgetMe()
      await Taro.reLaunch({ url: pathOf('index') })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen title='绑定我家'>
      <View className='stack'>
        <Notice>请向村委会要一个绑定码（8 位），再填家里任意一位成员的身份证号。只需绑定一次。</Notice>
        {error ? (
          <Notice tone='bad' id='bind-error'>
            {error}
          </Notice>
        ) : null}
        <Field name='bind-id' label='身份证号' required>
          <TextInput id='bind-id' value={idNumber} onChange={setIdNumber} maxLength={18} placeholder='18 位身份证号' />
        </Field>
        <Field name='bind-code' label='绑定码' required>
          <TextInput id='bind-code' value={code} onChange={setCode} maxLength={12} placeholder='村里给的 8 位绑定码' />
        </Field>
        <BigButton id='bind-submit' loading={busy} disabled={!idNumber || !code} onClick={submit}>
          绑定
        </BigButton>
      </View>
    </Screen>
  )
}

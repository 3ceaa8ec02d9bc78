import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { userApi } from '@shared/api/user.api'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { Field } from '../../../../components/field'
import { Notice } from '../../../../components/notice'
import { TextInput } from '../../../../components/text-input'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { Screen } from '../../../../components/screen'

/** A village official makes the code a household binds with; it is shown only here, once. */
export default function BindCode() {
  const [householdId, setHouseholdId] = useState('')
  const [issued, setIssued] = useState<{ code: string; expiresAt: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const issue = async () => {
    setBusy(true)
    setError(null)
    try {
      setIssued(await call(userApi.issueBindCode, { householdId: householdId.trim() }))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen title='发放绑定码'>
      <View className='stack'>
        <Notice>绑定码只显示这一次，14 天内有效。重新发放后，旧的绑定码作废。</Notice>
        {error ? (
          <Notice tone='bad' id='bind-code-error'>
            {error}
          </Notice>
        ) : null}
        <Field name='bind-code-household' label='户编号' required>
          <TextInput id='bind-code-household' value={householdId} onChange={setHouseholdId} />
        </Field>
        <BigButton id='bind-code-issue' loading={busy} disabled={!householdId} onClick={issue}>
          发放绑定码
        </BigButton>
        {issued ? (
          <Card>
            <Text id='bind-code-value' style={{ fontSize: '64px', letterSpacing: '8px', fontWeight: 'bold' }}>
              {issued.code}
            </Text>
            <Text style={{ fontSize: '32px' }}>有效期至 {issued.expiresAt.slice(0, 10)}</Text>
          </Card>
        ) : null}
      </View>
    </Screen>
  )
}

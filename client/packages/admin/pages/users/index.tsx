import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { adminApi, type StaffView } from '@shared/api/admin.api'
import { ROLE_LABEL, type Role } from '@shared/schemas/user'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { Loading, Notice } from '../../../../components/notice'
import { TextInput } from '../../../../components/text-input'
import { useRemote } from '../../../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { Screen } from '../../../../components/screen'

type StaffRole = Exclude<Role, 'farmer'>
const STAFF_ROLES: StaffRole[] = ['village', 'township', 'county', 'finance', 'appraiser', 'admin']
const ROLE_CHOICES = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))
const EMPTY = { name: '', phone: '', role: 'village' as StaffRole, regionPath: '' }
const LABELS = { name: '姓名', phone: '手机号', role: '角色', regionPath: '地区编码' }

/** The county administrator: everyone's role and region, new staff, and stopping an account. */
export default function Users() {
  const list = useRemote(() => call(adminApi.users, { limit: 100 }))
  const me = useRemote(() => getMe())
  const county = me.data?.regionPath?.slice(0, 6) ?? '县代码'
  const [fields, setFields] = useState<Record<string, string>>({})
  const [form, setForm] = useState(EMPTY)
  const [editing, setEditing] = useState<string | null>(null)
  const [issued, setIssued] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const act = async (run: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    setFields({})
    try {
      await run()
      await list.reload()
    } catch (e) {
      setError(messageOf(e))
      setFields(fieldErrorsOf(e, LABELS))
    } finally {
      setBusy(false)
    }
  }
  const save = () =>
    act(async () => {
      if (editing) {
        await call(adminApi.updateUser, { userId: editing, name: form.name, role: form.role, regionPath: form.regionPath })
      } else {
        const made = await call(adminApi.createUser, form)
        setIssued(`${made.user.name} 的微信绑定码：${made.bindCode}（只显示这一次，14 天内有效）`)
      }
      setForm(EMPTY)
      setEditing(null)
    })
  const edit = (u: StaffView) => {
    setEditing(u._id)
    setForm({ name: u.name, phone: u.phone ?? '', role: u.role === 'farmer' ? 'village' : u.role, regionPath: u.regionPath })
  }
  const toggle = (u: StaffView) =>
    act(async () => void (await call(adminApi.updateUser, { userId: u._id, disabled: !u.disabled })))

  return (
    <Screen title='用户管理'>
      <View className='stack'>
        {error ? (
          <Notice tone='bad' id='admin-error'>
            {error}
          </Notice>
        ) : null}
        {issued ? <Notice id='admin-issued'>{issued}</Notice> : null}
        <Card>
          <Text className='screen-title'>{editing ? '修改用户' : '新建工作人员'}</Text>
          <Field name='admin-name' label='姓名' required error={fields.name}>
            <TextInput
              id='admin-name'
              placeholder='工作人员的姓名'
              value={form.name}
              onChange={(name) => setForm({ ...form, name })}
            />
          </Field>
          {editing ? null : (
            <Field name='admin-phone' label='手机号' required error={fields.phone}>
              <TextInput
                id='admin-phone'
                placeholder='11位手机号'
                type='digit'
                maxLength={11}
                value={form.phone}
                onChange={(phone) => setForm({ ...form, phone })}
              />
            </Field>
          )}
          <Field name='admin-role' label='角色' required error={fields.role}>
            <ChoiceGroup
              idPrefix='admin-role'
              columns={2}
              options={ROLE_CHOICES}
              value={form.role}
              onChange={(role) => setForm({ ...form, role })}
            />
          </Field>
          <Field
            name='admin-region'
            label='地区编码'
            hint={`村：${county}.101.201；乡镇：${county}.101；县：${county}`}
            required
            error={fields.regionPath}
          >
            <TextInput
              id='admin-region'
              placeholder={`如 ${county}.101.201`}
              value={form.regionPath}
              onChange={(regionPath) => setForm({ ...form, regionPath })}
            />
          </Field>
          <BigButton id='admin-save' loading={busy} onClick={save}>
            {editing ? '保存修改' : '创建'}
          </BigButton>
        </Card>
        {list.loading && !list.data ? <Loading /> : null}
        {(list.data?.items ?? []).map((u) => (
          <Card key={u._id}>
            <Text style={{ fontSize: '36px' }}>
              {u.name}（{ROLE_LABEL[u.role]}）{u.disabled ? ' · 已停用' : ''}
            </Text>
            <Text style={{ fontSize: '30px' }}>
              {u.regionName === u.regionPath ? u.regionPath : `${u.regionName}（${u.regionPath}）`} {u.phone ?? ''}
            </Text>
            <View className='stack'>
              {u.role === 'farmer' ? null : (
                <BigButton id={`admin-edit-${u._id}`} kind='default' onClick={() => edit(u)}>
                  修改
                </BigButton>
              )}
              {/* Stopping one's own account would lock the county out of this page. */}
              {u._id === me.data?.userId ? null : (
                <BigButton id={`admin-toggle-${u._id}`} kind={u.disabled ? 'default' : 'danger'} onClick={() => toggle(u)}>
                  {u.disabled ? '恢复账号' : '停用账号'}
                </BigButton>
              )}
            </View>
          </Card>
        ))}
      </View>
    </Screen>
  )
}

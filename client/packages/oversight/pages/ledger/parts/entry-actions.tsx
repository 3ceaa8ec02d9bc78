import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type LedgerItem, ledgerApi } from '@shared/api/ledger.api'
import { MODE_LABEL, type Mode } from '@shared/schemas/application'
import { TARGET_GROUP_LABEL, type TargetGroup } from '@shared/schemas/household'
import { link } from '@shared/routes'
import { BigButton } from '../../../../../components/big-button'
import { ChoiceGroup } from '../../../../../components/choice-group'
import { Field } from '../../../../../components/field'
import { LimitedText } from '../../../../../components/limited-text'
import { Notice } from '../../../../../components/notice'
import { PhotoPicker } from '../../../../../components/photo-picker'
import { useIntent } from '../../../../../hooks/useIntent'
import { fieldErrorsOf, messageOf } from '../../../../../services/api-error'
import { call } from '../../../../../services/call'
import type { Uploaded } from '../../../../../services/upload'

type Props = { entry: LedgerItem; canApply: boolean; onChanged: (e: LedgerItem) => void }

const TARGET_GROUPS = (Object.keys(TARGET_GROUP_LABEL) as TargetGroup[]).map((v) => ({ value: v, label: TARGET_GROUP_LABEL[v] }))
const MODES = (['repair', 'rebuild'] as Mode[]).map((v) => ({ value: v, label: MODE_LABEL[v] }))

/** What the caller may do with one entry in its state: record the fix, confirm or refuse it, reopen, apply. */
export function EntryActions({ entry, canApply, onChanged }: Props) {
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<Uploaded[]>([])
  const [group, setGroup] = useState<TargetGroup | null>(null)
  const [mode, setMode] = useState<Mode | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [applied, setApplied] = useState<string | null>(null)
  const intent = useIntent()

  const run = async <T,>(work: (requestId: string) => Promise<T>, input: unknown, then: (r: T) => void) => {
    setBusy(true)
    setError(null)
    setFields({})
    try {
      const result = await work(intent.idFor(input))
      intent.done()
      setText('')
      setPhotos([])
      then(result)
    } catch (e) {
      setError(messageOf(e))
      setFields(fieldErrorsOf(e))
    } finally {
      setBusy(false)
    }
  }
  const id = entry._id
  const pre = `ledger-${id}`

  const close = () => {
    const input = { entryId: id, measure: text.trim(), photoIds: photos.map((p) => p.id) }
    if (input.photoIds.length === 0) return setError('销号需上传整改后的照片作为佐证')
    return run((requestId) => call(ledgerApi.close, input, { requestId }), input, onChanged)
  }
  const confirm = (accept: boolean) => {
    const input = { entryId: id, accept, reason: text.trim() }
    return run((requestId) => call(ledgerApi.confirmClose, input, { requestId }), input, onChanged)
  }
  const reopen = () => {
    const input = { entryId: id, reason: text.trim() }
    return run((requestId) => call(ledgerApi.reopen, input, { requestId }), input, onChanged)
  }
  const apply = () => {
    if (!group || !mode) return setError('请选择对象类别和改造方式')
    const input = { entryId: id, targetGroup: group, mode, reason: text.trim() }
    return run(
      (requestId) => call(ledgerApi.startApplication, input, { requestId }),
      input,
      (c) => setApplied(c._id),
    )
  }

  const problems = error ? (
    <Notice tone='bad' id={`${pre}-error`}>
      {error}
    </Notice>
  ) : null
  const textField = (label: string, hint?: string) => (
    <Field name={`${pre}-text`} label={label} hint={hint} error={fields.measure ?? fields.reason}>
      <LimitedText id={`${pre}-text`} value={text} onChange={setText} max={500} />
    </Field>
  )

  return (
    <View className='entry__actions stack'>
      {entry.houseId ? (
        <BigButton
          id={`${pre}-house`}
          kind='default'
          onClick={() => Taro.navigateTo({ url: link('houseRecord', { houseId: entry.houseId! }) })}
        >
          房屋档案
        </BigButton>
      ) : null}
      {entry.state === 'open' ? (
        <>
          {textField('整改措施', '写明做了什么，例如：墙体加固、更换檩条')}
          <PhotoPicker idPrefix={`${pre}-photo`} photos={photos} onChange={setPhotos} />
          {problems}
          <BigButton id={`${pre}-close`} loading={busy} onClick={() => void close()}>
            提交整改，申请销号
          </BigButton>
        </>
      ) : null}
      {entry.state === 'closing' ? (
        entry.closedByCaller ? (
          <Notice id={`${pre}-wait`}>您提交了整改，需由另一位工作人员复核销号。</Notice>
        ) : (
          <>
            <Text>{`整改措施：${entry.closure?.measure ?? ''}（${entry.closure?.byName ?? ''} ${entry.closure?.on ?? ''}）`}</Text>
            {textField('复核意见', '不予销号时必须写明理由')}
            {problems}
            <BigButton id={`${pre}-confirm`} kind='success' loading={busy} onClick={() => void confirm(true)}>
              复核通过，销号
            </BigButton>
            <BigButton id={`${pre}-refuse`} kind='danger' loading={busy} onClick={() => void confirm(false)}>
              不予销号，退回整改
            </BigButton>
          </>
        )
      ) : null}
      {entry.state === 'closed' ? (
        <>
          {textField('重新打开的理由')}
          {problems}
          <BigButton id={`${pre}-reopen`} kind='default' loading={busy} onClick={() => void reopen()}>
            问题复现，重新打开
          </BigButton>
        </>
      ) : null}
      {canApply && entry.householdId && !entry.caseId && entry.state !== 'closed' && !applied ? (
        <View className='entry__apply'>
          <Text className='entry__apply-title'>据此代为申请改造</Text>
          <ChoiceGroup
            idPrefix={`${pre}-group`}
            label='对象类别'
            options={TARGET_GROUPS}
            value={group}
            onChange={setGroup}
            columns={2}
          />
          <ChoiceGroup idPrefix={`${pre}-mode`} label='改造方式' options={MODES} value={mode} onChange={setMode} columns={2} />
          {entry.state === 'open' ? null : textField('申请理由')}
          <BigButton id={`${pre}-apply`} kind='default' loading={busy} onClick={() => void apply()}>
            代为申请
          </BigButton>
        </View>
      ) : null}
      {applied || entry.caseId ? (
        <BigButton
          id={`${pre}-case`}
          kind='default'
          onClick={() => Taro.navigateTo({ url: link('case', { caseId: (applied ?? entry.caseId)! }) })}
        >
          查看申请
        </BigButton>
      ) : null}
    </View>
  )
}

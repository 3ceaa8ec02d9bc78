import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type CampaignSummary, inspectionApi } from '@shared/api/inspection.api'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { Field } from '../../../../components/field'
import { InfoRow } from '../../../../components/info-row'
import { Loading, Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { usePaged } from '../../../../hooks/usePaged'
import { useRemote } from '../../../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import './index.scss'

const percent = (done: number, inScope: number) => (inScope === 0 ? '—' : `${Math.round((done / inScope) * 100)}%`)

/** One campaign's progress per township and village of the caller's reach, opened on tap. */
function Progress({ campaign }: { campaign: CampaignSummary }) {
  const progress = useRemote(() => call(inspectionApi.progress, { campaignId: campaign._id }), [campaign._id])
  if (progress.loading && !progress.data) return <Loading />
  if (progress.error)
    return (
      <Notice tone='bad' onRetry={progress.reload}>
        {progress.error}
      </Notice>
    )
  if (!progress.data) return null
  return (
    <View className='campaign__progress' id={`campaign-${campaign._id}-progress`}>
      {progress.data.townships.map((t) => (
        <View key={t.path} className='campaign__township'>
          <InfoRow label={t.name} id={`progress-${t.path}`}>
            {`${t.done} / ${t.inScope} 户（${percent(t.done, t.inScope)}）${t.overdue ? ' · 逾期' : ''}`}
          </InfoRow>
          {progress
            .data!.villages.filter((v) => v.township === t.path)
            .map((v) => (
              <View key={v.path} className={`campaign__village${v.overdue ? ' campaign__village--late' : ''}`}>
                <InfoRow label={v.name} id={`progress-${v.path}`}>
                  {`${v.done} / ${v.inScope}${v.overdue ? ' 逾期' : ''}`}
                </InfoRow>
              </View>
            ))}
        </View>
      ))}
    </View>
  )
}

/** The county opens the twice-yearly full inspection; every official follows its progress here. */
export default function Campaigns() {
  const me = useRemote(() => getMe())
  const list = usePaged((after) => call(inspectionApi.campaigns, { after, limit: 10 }))
  const [open, setOpen] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [deadline, setDeadline] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [opened, setOpened] = useState<string | null>(null)
  const intent = useIntent()

  const start = async () => {
    setBusy(true)
    setError(null)
    setFields({})
    const input = { ...(name.trim() ? { name: name.trim() } : {}), ...(deadline.trim() ? { deadline: deadline.trim() } : {}) }
    try {
      const c = await call(inspectionApi.openCampaign, input, { requestId: intent.idFor(input) })
      intent.done()
      setOpened(`已开启“${c.name}”，截止 ${c.deadline}`)
      setName('')
      setDeadline('')
      void list.reload()
    } catch (e) {
      setError(messageOf(e))
      setFields(fieldErrorsOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen title='排查进度'>
      <View className='stack'>
        {me.data?.role === 'county' ? (
          <Card title='开启全面排查' id='campaign-open'>
            <Field name='campaign-name' label='排查名称' hint='不填则按截止日期命名' error={fields.name}>
              <TextInput id='campaign-name' value={name} onChange={setName} placeholder='例如：2027年上半年农房安全排查' />
            </Field>
            <Field name='campaign-deadline' label='截止日期' hint='不填则为下一个4月30日或10月31日' error={fields.deadline}>
              <TextInput id='campaign-deadline' value={deadline} onChange={setDeadline} placeholder='年-月-日，例如 2027-04-30' />
            </Field>
            {error ? (
              <Notice tone='bad' id='campaign-open-error'>
                {error}
              </Notice>
            ) : null}
            {opened ? (
              <Notice tone='ok' id='campaign-opened'>
                {opened}
              </Notice>
            ) : null}
            <BigButton id='campaign-open-submit' loading={busy} onClick={start}>
              开启排查
            </BigButton>
          </Card>
        ) : null}
        <PagedList
          id='campaigns'
          list={list}
          empty={<Notice id='campaigns-empty'>还没有开启的排查。</Notice>}
          renderItem={(c) => (
            <Card
              id={`campaign-${c._id}`}
              title={c.name}
              extra={c.overdue ? <Badge tone='bad'>逾期</Badge> : <Badge tone='info'>{percent(c.done, c.inScope)}</Badge>}
              onClick={() => setOpen(open === c._id ? null : c._id)}
            >
              <InfoRow label='截止日期'>{c.deadline}</InfoRow>
              <InfoRow label='完成情况' id={`campaign-${c._id}-tally`}>
                {`已排查 ${c.done} 户 / 应排查 ${c.inScope} 户`}
              </InfoRow>
              {open === c._id ? <Progress campaign={c} /> : <Text className='muted'>点一下看各乡镇、各村进度</Text>}
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}

import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { inspectionApi, RecordInspectionInput } from '@shared/api/inspection.api'
import type { Grade } from '@shared/schemas/house'
import { SCOPE_REASON_LABEL, type Inspection } from '@shared/schemas/inspection'
import { link } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { LimitedText } from '../../../../components/limited-text'
import { Loading, Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { useIntent } from '../../../../hooks/useIntent'
import { usePaged } from '../../../../hooks/usePaged'
import { useRemote } from '../../../../hooks/useRemote'
import { call } from '../../../../services/call'
import { offlineQueue, type QueuedItem, type QueuedPhoto, watchNetwork } from '../../../../services/offline-queue'
import { fieldProblem } from '../../../../utils/field-check'
import { FieldPhotos } from './parts/field-photos'
import { WaitingList } from './parts/waiting-list'
import './index.scss'

const GRADES: { value: Grade; label: string; note: string }[] = [
  { value: 'A', label: 'A级', note: '安全' },
  { value: 'B', label: 'B级', note: '基本安全，动态监测' },
  { value: 'C', label: 'C级', note: '局部危险' },
  { value: 'D', label: 'D级', note: '整体危险' },
]
const SHAPE = RecordInspectionInput.shape

type Form = { condition: string; grade: Grade | null; problem: string; notes: string; photos: QueuedPhoto[] }
const EMPTY: Form = { condition: '', grade: null, problem: '', notes: '', photos: [] }

/** The village official's field list of a campaign, the form for one house, and what waits to be sent. */
export default function Inspect() {
  const campaigns = useRemote(() => call(inspectionApi.campaigns, { limit: 1 }))
  const campaign = campaigns.data?.items[0] ?? null
  const todo = usePaged(
    (after) =>
      campaign
        ? call(inspectionApi.todo, { campaignId: campaign._id, after, limit: 20 })
        : Promise.resolve({ items: [], next: null }),
    [campaign?._id],
  )
  const [house, setHouse] = useState<Inspection | null>(null)
  const [form, setForm] = useState<Form>(EMPTY)
  const [problems, setProblems] = useState<Record<string, string | undefined>>({})
  const [waiting, setWaiting] = useState<QueuedItem[]>(() => offlineQueue.list())
  const [sending, setSending] = useState(false)
  const [saved, setSaved] = useState<{ tone: 'ok' | 'warn'; text: string } | null>(null)
  const intent = useIntent()

  // What a finished send changes on the page; a ref, so the network listener always sees the page as it is now.
  const afterSend = useRef((sent: number) => {
    setWaiting(offlineQueue.list())
    if (sent > 0) void todo.reload()
  })
  afterSend.current = (sent: number) => {
    setWaiting(offlineQueue.list())
    if (sent > 0) void todo.reload()
  }
  const send = async () => {
    setSending(true)
    try {
      const result = await offlineQueue.flush()
      afterSend.current(result.sent)
      return result
    } finally {
      setSending(false)
    }
  }
  useEffect(() => {
    const stop = watchNetwork(() => afterSend.current(1))
    void offlineQueue.flush().then((r) => afterSend.current(r.sent))
    return stop
  }, [])
  useDidShow(() => setWaiting(offlineQueue.list()))

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    setProblems((p) => ({ ...p, [key]: undefined }))
  }

  const save = async () => {
    if (!house || !campaign) return
    const found = {
      condition: fieldProblem(SHAPE.condition, form.condition),
      grade: form.grade ? undefined : '请选择观察到的等级',
      problem: fieldProblem(SHAPE.problem, form.problem),
      notes: fieldProblem(SHAPE.notes, form.notes),
    }
    if (Object.values(found).some(Boolean)) {
      setProblems(found)
      return
    }
    const input = {
      campaignId: campaign._id,
      houseId: house.houseId,
      condition: form.condition.trim(),
      grade: form.grade!,
      problem: form.problem.trim(),
      notes: form.notes.trim(),
    }
    // Saved on the phone first, then sent: the same request id goes with every try, so it is recorded once.
    offlineQueue.add({
      requestId: intent.idFor({ input, photos: form.photos.map((p) => p.path) }),
      action: 'inspection.record',
      input,
      photos: form.photos,
      photoField: 'photos',
      label: `${house.headName} · ${house.address}`,
    })
    intent.done()
    setHouse(null)
    setForm(EMPTY)
    const result = await send()
    setSaved(
      result.offline
        ? { tone: 'warn', text: '网络不通，记录已保存在手机上，网络恢复后自动发送。' }
        : result.refused > 0
          ? { tone: 'warn', text: '有记录未被接受，请看“待发送”中的说明。' }
          : { tone: 'ok', text: '已登记。' },
    )
  }

  return (
    <Screen title='入户排查'>
      <View className='stack'>
        {saved ? (
          <Notice tone={saved.tone} id='inspect-saved'>
            {saved.text}
          </Notice>
        ) : null}
        <WaitingList
          items={waiting}
          sending={sending}
          onSend={() => void send()}
          onRetry={(id) => {
            offlineQueue.retry(id)
            void send()
          }}
          onRemove={(id) => {
            offlineQueue.remove(id)
            setWaiting(offlineQueue.list())
          }}
        />
        {/* Not the shell's load states: offline, the list of what waits to be sent must still show. */}
        {campaigns.loading && !campaigns.data ? <Loading /> : null}
        {campaigns.error && !campaigns.data ? (
          <Notice tone='bad' id='inspect-error' onRetry={campaigns.reload}>
            {campaigns.error}
          </Notice>
        ) : null}
        {campaigns.data && !campaign ? <Notice id='inspect-no-campaign'>县里还没有开启排查。</Notice> : null}
        {campaign ? (
          <Card title={campaign.name} id='inspect-campaign'>
            <Text>{`截止 ${campaign.deadline} · 已排查 ${campaign.done} / ${campaign.inScope} 户`}</Text>
            {campaign.overdue ? <Notice tone='bad'>已过截止日期，请尽快完成。</Notice> : null}
          </Card>
        ) : null}
        {house ? (
          <Card title={`${house.headName} · ${house.address}`} id='inspect-form'>
            <Field name='inspect-condition' label='房屋现状' required error={problems.condition}>
              <LimitedText
                id='inspect-condition'
                value={form.condition}
                onChange={(v) => set('condition', v)}
                max={500}
                placeholder='墙体、屋面、地基等看到的情况'
              />
            </Field>
            <Field name='inspect-grade' label='观察等级' required error={problems.grade}>
              <ChoiceGroup
                idPrefix='inspect-grade'
                options={GRADES}
                value={form.grade}
                onChange={(g) => set('grade', g)}
                columns={2}
              />
            </Field>
            <Field name='inspect-problem' label='发现的问题' hint='有问题就写下来，会列入工作台账' error={problems.problem}>
              <LimitedText
                id='inspect-problem'
                value={form.problem}
                onChange={(v) => set('problem', v)}
                max={500}
                placeholder='没有问题可不填'
              />
            </Field>
            <Field name='inspect-notes' label='备注' error={problems.notes}>
              <LimitedText id='inspect-notes' value={form.notes} onChange={(v) => set('notes', v)} max={500} />
            </Field>
            <Field name='inspect-photos' label='现场照片'>
              <FieldPhotos photos={form.photos} onChange={(p) => set('photos', p)} />
            </Field>
            <View className='stack'>
              <BigButton id='inspect-save' onClick={() => void save()}>
                保存并发送
              </BigButton>
              <BigButton id='inspect-cancel' kind='default' onClick={() => setHouse(null)}>
                返回清单
              </BigButton>
            </View>
          </Card>
        ) : campaign ? (
          <PagedList
            id='inspect-todo'
            list={todo}
            header={<Text className='inspect__heading'>待排查的农户</Text>}
            empty={
              <Notice tone='ok' id='inspect-todo-empty'>
                本村本期已全部排查。
              </Notice>
            }
            renderItem={(item) => (
              <Card id={`inspect-todo-${item.houseId}`} title={item.headName}>
                <Text>{item.address}</Text>
                <Text className='muted'>{item.reasons.map((r) => SCOPE_REASON_LABEL[r]).join('、')}</Text>
                <View className='stack'>
                  <BigButton
                    id={`inspect-todo-${item.houseId}-start`}
                    onClick={() => {
                      setSaved(null)
                      setForm(EMPTY)
                      setHouse(item)
                    }}
                  >
                    开始排查
                  </BigButton>
                  <BigButton
                    id={`inspect-todo-${item.houseId}-record`}
                    kind='default'
                    onClick={() => Taro.navigateTo({ url: link('houseRecord', { houseId: item.houseId }) })}
                  >
                    房屋档案
                  </BigButton>
                </View>
              </Card>
            )}
          />
        ) : null}
      </View>
    </Screen>
  )
}

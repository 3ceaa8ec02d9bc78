import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type ProfileView, profileApi, type PublishProfileInput } from '@shared/api/profile.api'
import { doubleBenefitRuleText } from '@shared/domain/double-benefit'
import { fenToYuan, formatFen, yuanToFen } from '@shared/domain/money'
import { DEPARTMENT_LABEL } from '@shared/domain/policy-profile'
import { TARGET_GROUP_LABEL } from '@shared/schemas/household'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { InfoRow } from '../../../../components/info-row'
import { LimitedText } from '../../../../components/limited-text'
import { Loading, Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { useToday } from '../../../../hooks/useToday'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { chineseDate } from '../../../../utils/format'

const orNone = (d: string | null) => (d ? chineseDate(d) : '未规定')

/** The version in force, as every official reads it. */
function ProfileCard({ p }: { p: ProfileView }) {
  return (
    <View className='stack'>
      <Card title={`第 ${p.version} 版（${chineseDate(p.effectiveFrom)} 起执行）`}>
        <Text id='profile-name'>{p.name}</Text>
        <InfoRow label='发布'>{`${p.publishedByName} ${p.publishedAt.slice(0, 10)}`}</InfoRow>
        {p.note ? <InfoRow label='修订说明'>{p.note}</InfoRow> : null}
      </Card>
      <Card title='保障对象与核实部门'>
        {p.targetGroups.map((g) => (
          <InfoRow key={g} label={TARGET_GROUP_LABEL[g]}>
            {DEPARTMENT_LABEL[p.verifiedBy[g]]}
          </InfoRow>
        ))}
        <InfoRow label='无房户' id='profile-houseless'>
          {p.coversHouseless ? '纳入保障' : '不纳入（仅唯一住房为C、D级危房的）'}
        </InfoRow>
        <InfoRow label='可纳入的鉴定等级'>{p.eligibleGrades.join('、')}</InfoRow>
      </Card>
      <Card title='面积与补助标准'>
        {p.areaStandard.map((b, i) => (
          <InfoRow
            key={`${b.maxPersons}`}
            label={b.maxPersons === null ? `${(p.areaStandard[i - 1]?.maxPersons ?? 0) + 1}人及以上` : `${b.maxPersons}人及以下`}
          >
            {`${b.areaM2} 平方米`}
          </InfoRow>
        ))}
        <InfoRow label='C级加固上限' id='profile-repair-cap'>
          {formatFen(p.repairCapFen)}
        </InfoRow>
        <InfoRow label='D级重建每平方米'>{formatFen(p.rebuildPerM2Fen)}</InfoRow>
        <InfoRow label='启动资金'>{`C级 ${formatFen(p.preAllocationFen.C)}，D级 ${formatFen(p.preAllocationFen.D)}`}</InfoRow>
        <InfoRow label='公示'>{`${p.publicityWorkingDays} 个工作日`}</InfoRow>
      </Card>
      <Card title='时限与规则'>
        <InfoRow label='全部竣工' id='profile-works-deadline'>
          {orNone(p.campaignDeadlines.worksCompleteBy)}
        </InfoRow>
        <InfoRow label='放弃改造安置到位'>{orNone(p.campaignDeadlines.giveUpResettledBy)}</InfoRow>
        <InfoRow label='免鉴定'>
          {[
            p.appraisalExemptions.relocatedToFlat ? '拆迁上楼' : '',
            p.appraisalExemptions.renovatedSince ? `${p.appraisalExemptions.renovatedSince.slice(0, 4)}年以来新改造` : '',
          ]
            .filter(Boolean)
            .join('、') || '无'}
        </InfoRow>
        <InfoRow label='不得重复享受' id='profile-double-benefit'>
          {doubleBenefitRuleText(p)}
        </InfoRow>
      </Card>
    </View>
  )
}

type Draft = {
  effectiveFrom: string
  note: string
  repairCapYuan: string
  rebuildPerM2Yuan: string
  publicityWorkingDays: string
  coversHouseless: 'yes' | 'no'
  worksCompleteBy: string
  giveUpResettledBy: string
}

const draftOf = (p: ProfileView, today: string): Draft => ({
  effectiveFrom: today,
  note: '',
  repairCapYuan: fenToYuan(p.repairCapFen),
  rebuildPerM2Yuan: fenToYuan(p.rebuildPerM2Fen),
  publicityWorkingDays: String(p.publicityWorkingDays),
  coversHouseless: p.coversHouseless ? 'yes' : 'no',
  worksCompleteBy: p.campaignDeadlines.worksCompleteBy ?? '',
  giveUpResettledBy: p.campaignDeadlines.giveUpResettledBy ?? '',
})

/** The form's words into the contract's input; an amount that is not yuan is said before anything is sent. */
function inputOf(d: Draft): PublishProfileInput | string {
  let repairCapFen: number
  let rebuildPerM2Fen: number
  try {
    repairCapFen = yuanToFen(d.repairCapYuan)
    rebuildPerM2Fen = yuanToFen(d.rebuildPerM2Yuan)
  } catch {
    return '金额请按元填写，最多两位小数'
  }
  return {
    effectiveFrom: d.effectiveFrom.trim(),
    note: d.note,
    repairCapFen,
    rebuildPerM2Fen,
    publicityWorkingDays: Number(d.publicityWorkingDays),
    coversHouseless: d.coversHouseless === 'yes',
    campaignDeadlines: {
      worksCompleteBy: d.worksCompleteBy.trim() || null,
      giveUpResettledBy: d.giveUpResettledBy.trim() || null,
    },
  }
}

/** The administrator publishes the next version; the one in force is never edited. */
function PublishForm({ p, onPublished }: { p: ProfileView; onPublished: () => Promise<void> }) {
  const today = useToday()
  const [d, setD] = useState<Draft>(() => draftOf(p, today))
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)
  const intent = useIntent()
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }))

  const publish = async () => {
    const input = inputOf(d)
    if (typeof input === 'string') {
      setMessage({ tone: 'bad', text: input })
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      const v = await call(profileApi.publish, input, { requestId: intent.idFor(input) })
      intent.done()
      setMessage({
        tone: 'ok',
        text: `已发布第 ${v.version} 版，${chineseDate(v.effectiveFrom)} 起执行；已在办的申请仍按原版本办理。`,
      })
      await onPublished()
    } catch (e) {
      setMessage({ tone: 'bad', text: messageOf(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title='发布新版本'>
      <Notice>已发布的版本不能修改。新版本从生效日起用于新的申请，已在办的申请仍按申请时的版本办理。</Notice>
      <Field name='profile-effective' label='生效日期' hint='今天或以后，格式 2027-01-01' required>
        <TextInput id='profile-effective' value={d.effectiveFrom} onChange={(v) => set('effectiveFrom', v)} />
      </Field>
      <Field name='profile-repair' label='C级加固上限（元）' required>
        <TextInput id='profile-repair' type='digit' value={d.repairCapYuan} onChange={(v) => set('repairCapYuan', v)} />
      </Field>
      <Field name='profile-rebuild' label='D级重建每平方米（元）' required>
        <TextInput id='profile-rebuild' type='digit' value={d.rebuildPerM2Yuan} onChange={(v) => set('rebuildPerM2Yuan', v)} />
      </Field>
      <Field name='profile-publicity' label='公示工作日' required>
        <TextInput
          id='profile-publicity'
          type='digit'
          value={d.publicityWorkingDays}
          onChange={(v) => set('publicityWorkingDays', v)}
        />
      </Field>
      <Field name='profile-houseless' label='无房户' required>
        <ChoiceGroup
          idPrefix='profile-houseless'
          columns={2}
          options={[
            { value: 'yes', label: '纳入保障' },
            { value: 'no', label: '不纳入' },
          ]}
          value={d.coversHouseless}
          onChange={(v) => set('coversHouseless', v)}
        />
      </Field>
      <Field name='profile-works-by' label='全部竣工期限' hint='不设期限的留空'>
        <TextInput id='profile-works-by' value={d.worksCompleteBy} onChange={(v) => set('worksCompleteBy', v)} />
      </Field>
      <Field name='profile-resettle-by' label='放弃改造安置期限' hint='不设期限的留空'>
        <TextInput id='profile-resettle-by' value={d.giveUpResettledBy} onChange={(v) => set('giveUpResettledBy', v)} />
      </Field>
      <Field name='profile-note' label='修订说明' required>
        <LimitedText
          id='profile-note'
          value={d.note}
          onChange={(v) => set('note', v)}
          max={500}
          placeholder='例如：按2027年方案提高补助标准'
        />
      </Field>
      {message ? (
        <Notice tone={message.tone} id='profile-message'>
          {message.text}
        </Notice>
      ) : null}
      <BigButton id='profile-publish' loading={busy} onClick={publish}>
        发布新版本
      </BigButton>
    </Card>
  )
}

/** 政策参数: the county's profile in force for every official; the administrator also publishes the next version. */
export default function ProfilePage() {
  const me = useRemote(() => getMe())
  const inForce = useRemote(() => call(profileApi.inForce, {}))
  const data = inForce.data
  return (
    <Screen title='政策参数'>
      {inForce.loading && !data ? <Loading /> : null}
      {inForce.error ? (
        <Notice tone='bad' id='profile-error' onRetry={inForce.reload}>
          {inForce.error}
        </Notice>
      ) : null}
      {data ? (
        <View className='stack'>
          <ProfileCard p={data.profile} />
          {me.data?.role === 'admin' ? <PublishForm p={data.profile} onPublished={inForce.reload} /> : null}
          <Card title='历史版本'>
            {data.versions.map((v) => (
              <InfoRow key={v.id} label={`第 ${v.version} 版`}>
                {`${chineseDate(v.effectiveFrom)} 起${v.inForce ? '（现行）' : ''}${v.note ? `：${v.note}` : ''}`}
              </InfoRow>
            ))}
          </Card>
        </View>
      ) : null}
    </Screen>
  )
}

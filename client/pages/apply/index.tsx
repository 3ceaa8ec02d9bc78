import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { applicationApi } from '@shared/api/application.api'
import { link } from '@shared/routes'
import type { HouseholdOption } from '@shared/api/views'
import { type Application, MODE_HINT, MODE_LABEL, type Mode } from '@shared/schemas/application'
import { TARGET_GROUP_LABEL, type TargetGroup } from '@shared/schemas/household'
import { BigButton } from '../../components/big-button'
import { Card } from '../../components/card'
import { ChoiceGroup, type Choice } from '../../components/choice-group'
import { Field } from '../../components/field'
import { LoadMore } from '../../components/load-more'
import { Loading, Notice } from '../../components/notice'
import { PhotoPicker } from '../../components/photo-picker'
import { LimitedText } from '../../components/limited-text'
import { usePaged } from '../../hooks/usePaged'
import { useIntent } from '../../hooks/useIntent'
import { useRemote } from '../../hooks/useRemote'
import { fieldErrorsOf, messageOf } from '../../services/api-error'
import { call } from '../../services/call'
import { getMe } from '../../services/me'
import { askToNotify } from '../../services/subscribe'
import type { Uploaded } from '../../services/upload'
import { fieldProblem } from '../../utils/field-check'
import { validateApplyForm, type ApplyErrors, type ApplyForm } from '../../utils/apply-form'
import { Submitted } from './parts/submitted'
import './index.scss'
import { Screen } from '../../components/screen'

const REASON = applicationApi.submit.input.shape.reason
const REASON_MAX = REASON.maxLength ?? 500

/** Each mode with its one-line explanation, so the policy term is not a guess. */
const modeChoice = (v: Mode): Choice<Mode> => ({ value: v, label: MODE_LABEL[v], note: MODE_HINT[v] })

const EMPTY: ApplyForm = { householdId: null, house: null, targetGroup: null, mode: null, reason: '', photoIds: [] }

/** For a village official: the households of the village, to apply for one who cannot do it alone. */
function useVillageHouseholds(enabled: boolean) {
  return usePaged(
    (after) =>
      enabled
        ? call(applicationApi.households, { after, limit: 20 })
        : Promise.resolve({ items: [] as HouseholdOption[], next: null }),
    [enabled],
  )
}

export default function Apply() {
  const me = useRemote(() => getMe())
  const onBehalf = me.data?.role === 'village'
  const own = useRemote(
    () => (me.data?.role === 'farmer' ? call(applicationApi.myHousehold, {}) : Promise.resolve(null)),
    [me.data?.role],
  )
  const village = useVillageHouseholds(onBehalf)

  const [form, setForm] = useState<ApplyForm>(EMPTY)
  const [photos, setPhotos] = useState<Uploaded[]>([])
  const [errors, setErrors] = useState<ApplyErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const set = <K extends keyof ApplyForm>(k: K, v: ApplyForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }))
    setErrors((e) => ({ ...e, [k === 'house' ? 'houseId' : k]: undefined }))
  }

  const household: HouseholdOption | null = onBehalf ? (village.items.find((h) => h._id === form.householdId) ?? null) : own.data

  // A farmer whose household has a case in progress is told so before filling anything (the village picks another).
  const openCase = onBehalf ? null : (household?.activeCaseId ?? null)

  const houseChoices = useMemo<Choice<string>[]>(
    () => [
      ...(household?.houses ?? []).map((h) => ({
        value: h._id,
        label: h.address,
        note: h.grade ? `鉴定等级：${h.grade}级` : '尚未鉴定',
      })),
      { value: 'none', label: '无房', note: '没有自有住房' },
    ],
    [household],
  )

  // Only the groups this household is registered in that the county's profile covers, each with who verifies it;
  // an empty list means the household must be registered first.
  const targetChoices = useMemo<Choice<TargetGroup>[]>(
    () =>
      (household?.profileGroups ?? [])
        .filter((g) => household?.targetGroups.includes(g.group))
        .map((g) => ({ value: g.group, label: TARGET_GROUP_LABEL[g.group], note: `${g.department}核实` })),
    [household],
  )

  // Only the modes the chosen house allows, from the server's eligibility rule (`modesAllowed`).
  const modes: readonly Mode[] =
    form.house === null
      ? []
      : form.house === 'none'
        ? (household?.houselessModes ?? [])
        : (household?.houses.find((h) => h._id === form.house)?.modes ?? [])
  const modeChoices = modes.map(modeChoice)
  const chooseHouse = (v: string) => {
    set('house', v)
    const open = v === 'none' ? household?.houselessModes : household?.houses.find((h) => h._id === v)?.modes
    if (form.mode && !open?.includes(form.mode)) set('mode', null)
  }

  const [created, setCreated] = useState<Application | null>(null)
  const intent = useIntent()
  const submit = async () => {
    setFormError(null)
    const checked = validateApplyForm({ ...form, photoIds: photos.map((p) => p.id) }, { onBehalf })
    if (!checked.ok) {
      setErrors(checked.errors)
      setFormError('还有几处没有填好，请看红色提示。')
      return
    }
    // WeChat shows the consent dialog only within the tap; the answer never holds up or stops the application.
    void askToNotify(['case_update', 'funds_arrived'])
    setBusy(true)
    try {
      // A retry after a lost reply carries the same request id, so the server answers with the first case.
      setCreated(await call(applicationApi.submit, checked.input, { requestId: intent.idFor(checked.input) }))
      intent.done()
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (e) {
      setFormError(messageOf(e))
      setErrors(fieldErrorsOf(e) as ApplyErrors)
    } finally {
      setBusy(false)
    }
  }

  const loading = me.loading || (me.data?.role === 'farmer' && own.loading && !own.data)
  const loadError = me.error ?? own.error ?? village.error
  const allowed = me.data?.role === 'farmer' || onBehalf

  if (created) {
    return (
      <View className='screen'>
        <Submitted created={created} />
      </View>
    )
  }

  return (
    <Screen title={onBehalf ? '代农户申请危房改造' : '申请危房改造'}>
      {loading ? <Loading /> : null}
      {loadError ? (
        <Notice
          tone='bad'
          id='apply-load-error'
          onRetry={() => {
            void me.reload()
            void own.reload()
            void village.reload()
          }}
        >
          {loadError}
        </Notice>
      ) : null}
      {me.data && !allowed ? (
        <Notice tone='warn' id='apply-not-allowed'>
          只有登记过的农户本人或村委会可以提交申请。
        </Notice>
      ) : null}
      {allowed && openCase ? (
        <View className='stack'>
          <Notice tone='warn' id='apply-open-case'>
            {household?.headName}家已有一份在办的申请，办结前不能再申请。
          </Notice>
          <BigButton id='apply-open-case-view' onClick={() => Taro.navigateTo({ url: link('case', { caseId: openCase }) })}>
            查看在办的申请
          </BigButton>
        </View>
      ) : null}
      {allowed && !loading && !openCase ? (
        <View className='stack'>
          {onBehalf ? (
            <Card title='为哪一户申请'>
              <Field name='apply-household' label='农户' required error={errors.householdId}>
                <ChoiceGroup
                  idPrefix='apply-household'
                  options={village.items.map((h) => ({ value: h._id, label: h.headName, note: h.villageName }))}
                  value={form.householdId}
                  onChange={(v) => {
                    set('householdId', v)
                    set('house', null)
                  }}
                />
                <LoadMore
                  id='apply-households-more'
                  hasMore={village.hasMore}
                  loading={village.loading}
                  count={0}
                  onMore={village.loadMore}
                />
              </Field>
            </Card>
          ) : household ? (
            <Card title='申请户'>
              <Text id='apply-household-name' className='apply__who'>
                {household.headName}（{household.villageName}）
              </Text>
            </Card>
          ) : null}

          <Card>
            <Field name='apply-house' label='哪一处房屋' required error={errors.houseId}>
              {onBehalf && !household ? (
                <Text className='muted'>请先选择农户</Text>
              ) : (
                <ChoiceGroup idPrefix='apply-house' options={houseChoices} value={form.house} onChange={chooseHouse} />
              )}
            </Field>
            <Field name='apply-target' label='保障对象类别' required error={errors.targetGroup}>
              <ChoiceGroup
                idPrefix='apply-target'
                options={targetChoices}
                value={form.targetGroup}
                onChange={(v) => set('targetGroup', v)}
              />
            </Field>
            <Field
              name='apply-mode'
              label='改造方式'
              required
              hint={form.house ? '只列出这处房屋可以选的方式' : undefined}
              error={errors.mode}
            >
              {form.house === null ? (
                <Text className='muted'>请先选择房屋</Text>
              ) : modeChoices.length === 0 ? (
                <Text className='muted' id='apply-mode-none'>
                  这处房屋目前没有可选的改造方式（可能还没有鉴定，或不是C级、D级危房）。请联系村委会。
                </Text>
              ) : (
                <ChoiceGroup idPrefix='apply-mode' options={modeChoices} value={form.mode} onChange={(v) => set('mode', v)} />
              )}
            </Field>
            <Field
              name='apply-reason'
              label='申请理由'
              required
              hint='说说房子哪里危险、家里有什么困难（至少4个字）'
              error={errors.reason ?? (form.reason ? fieldProblem(REASON, form.reason) : undefined)}
            >
              <LimitedText
                id='apply-reason'
                value={form.reason}
                onChange={(v) => set('reason', v)}
                max={REASON_MAX}
                invalid={!!errors.reason}
                placeholder='例如：墙体开裂，屋顶漏雨'
              />
            </Field>
            {onBehalf ? (
              <Field
                name='apply-proxy'
                label='代为申请原因'
                required
                hint='本人为什么不能自己申请（如失能失智），村委会记录在案'
                error={errors.proxyReason}
              >
                <LimitedText
                  id='apply-proxy'
                  value={form.proxyReason ?? ''}
                  onChange={(v) => set('proxyReason', v)}
                  max={REASON_MAX}
                  invalid={!!errors.proxyReason}
                  placeholder='例如：户主失能卧床，无法自己申请'
                />
              </Field>
            ) : null}
            {household?.reinclusionAllowed ? (
              <Field
                name='apply-reinclusion'
                label='以前改造过的房屋再次成为危房'
                hint='以前享受过危房改造、因小型自然灾害又成为危房的，写明受灾情况；没有的不填'
                error={errors.reinclusionReason}
              >
                <LimitedText
                  id='apply-reinclusion'
                  value={form.reinclusionReason ?? ''}
                  onChange={(v) => set('reinclusionReason', v)}
                  max={REASON_MAX}
                  invalid={!!errors.reinclusionReason}
                  placeholder='例如：今年7月暴雨，后墙再次开裂'
                />
              </Field>
            ) : null}
            <Field name='apply-photo' label='房屋照片' hint='可不拍；有照片审核更快' error={errors.photoIds}>
              <PhotoPicker idPrefix='apply-photo' photos={photos} onChange={setPhotos} />
            </Field>
          </Card>

          {formError ? (
            <Notice tone='bad' id='apply-error'>
              {formError}
            </Notice>
          ) : null}
          <BigButton id='apply-submit' loading={busy} onClick={submit}>
            提交申请
          </BigButton>
        </View>
      ) : null}
    </Screen>
  )
}

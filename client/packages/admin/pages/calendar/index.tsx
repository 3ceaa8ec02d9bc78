import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { adminApi, type CalendarView } from '@shared/api/admin.api'
import { calendarEntryProblems } from '@shared/domain/calendar-entry'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { InfoRow } from '../../../../components/info-row'
import { LimitedText } from '../../../../components/limited-text'
import { Loading, Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { useToday } from '../../../../hooks/useToday'
import { fieldErrorsOf, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { parseDateList } from '../../../../utils/date-list'
import { chineseDate } from '../../../../utils/format'
import './index.scss'

const SOURCE_LABEL: Record<CalendarView['shown']['source'], string> = {
  package: '系统内置（国务院放假安排）',
  county: '本县补录',
  none: '尚未补录',
}

const listOf = (dates: readonly string[]) => (dates.length > 0 ? dates.map(chineseDate).join('、') : '无')

function YearCard({ v }: { v: CalendarView }) {
  const { shown } = v
  return (
    <Card title={`${shown.year}年`} id='calendar-year'>
      <InfoRow label='来源' id='calendar-source'>
        {SOURCE_LABEL[shown.source]}
      </InfoRow>
      <Field name='calendar-shown-holidays' label='放假日期'>
        <Text className='calendar__dates' id='calendar-shown-holidays'>
          {listOf(shown.holidays)}
        </Text>
      </Field>
      <Field name='calendar-shown-workdays' label='调休上班日期（周末上班）'>
        <Text className='calendar__dates' id='calendar-shown-workdays'>
          {listOf(shown.workdays)}
        </Text>
      </Field>
    </Card>
  )
}

/** The administrator copies a year's notice in: the days off and the weekend days worked, one per line. */
function EntryForm({ year, onSaved }: { year: number; onSaved: (v: CalendarView) => void }) {
  const today = useToday()
  const [holidays, setHolidays] = useState('')
  const [workdays, setWorkdays] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const intent = useIntent()

  const save = async () => {
    setMessage(null)
    const h = parseDateList(holidays)
    const w = parseDateList(workdays)
    const found: Record<string, string> = {}
    if (h.unreadable.length > 0) found.holidays = `看不懂：${h.unreadable.join('、')}。请写成 ${year}-01-01 这样`
    if (w.unreadable.length > 0) found.workdays = `看不懂：${w.unreadable.join('、')}。请写成 ${year}-01-03 这样`
    const input = { year, holidays: h.dates, workdays: w.dates }
    // The same rules the server applies, so a clerk sees every problem before sending.
    for (const p of calendarEntryProblems(input, today)) found[p.path[0]] ??= p.message
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      const v = await call(adminApi.setCalendarYear, input, { requestId: intent.idFor(input) })
      intent.done()
      setMessage({ tone: 'ok', text: `已保存${year}年的放假安排，此后的公示期按它计算；已发布的公示截止日期不变。` })
      onSaved(v)
    } catch (e) {
      setErrors(fieldErrorsOf(e))
      setMessage({ tone: 'bad', text: messageOf(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title={`补录${year}年放假安排`}>
      <Notice>照国务院办公厅当年的放假通知填写，每行一个日期。保存后替换这一年已补录的内容，公示期的工作日按它计算。</Notice>
      <Field name='calendar-holidays' label='放假日期' hint={`如 ${year}-01-01，每行一个`} required error={errors.holidays}>
        <LimitedText id='calendar-holidays' value={holidays} onChange={setHolidays} max={800} invalid={!!errors.holidays} />
      </Field>
      <Field
        name='calendar-workdays'
        label='调休上班日期'
        hint='放假通知中写明“上班”的周六、周日；没有就不填'
        error={errors.workdays}
      >
        <LimitedText id='calendar-workdays' value={workdays} onChange={setWorkdays} max={400} invalid={!!errors.workdays} />
      </Field>
      {message ? (
        <Notice tone={message.tone} id='calendar-message'>
          {message.text}
        </Notice>
      ) : null}
      <BigButton id='calendar-save' loading={busy} onClick={save}>
        保存{year}年放假安排
      </BigButton>
    </Card>
  )
}

/**
 * 节假日安排: legal day counting follows the State Council's yearly holiday notice. The app knows the years built into
 * it; when a new year's notice is out, the county's administrator enters it here before publicity windows reach it.
 */
export default function CalendarPage() {
  const today = useToday()
  const thisYear = Number(today.slice(0, 4))
  const [year, setYear] = useState(String(thisYear + 1))
  const [saved, setSaved] = useState<CalendarView | null>(null)
  const me = useRemote(() => getMe())
  const view = useRemote(() => call(adminApi.calendar, { year: Number(year) }), [year])
  const v = saved?.shown.year === Number(year) ? saved : view.data
  return (
    <Screen title='节假日安排'>
      <View className='stack'>
        {v ? (
          <Notice id='calendar-known'>
            {`系统内置 ${v.packageYears.first}–${v.packageYears.last} 年的放假安排${
              v.countyYears.length > 0 ? `；本县补录：${v.countyYears.join('、')} 年` : ''
            }。公示期按工作日计算，跨入未录入的年份时无法办理。`}
          </Notice>
        ) : null}
        <Field name='calendar-pick' label='查看年份'>
          <ChoiceGroup
            idPrefix='calendar-pick'
            columns={2}
            options={[thisYear, thisYear + 1].map((y) => ({ value: String(y), label: `${y}年` }))}
            value={year}
            onChange={(y) => {
              setYear(y)
              setSaved(null)
            }}
          />
        </Field>
        {view.loading && !v ? <Loading /> : null}
        {view.error ? (
          <Notice tone='bad' id='calendar-error' onRetry={view.reload}>
            {view.error}
          </Notice>
        ) : null}
        {v ? <YearCard v={v} /> : null}
        {me.data?.role === 'admin' ? <EntryForm key={year} year={Number(year)} onSaved={setSaved} /> : null}
      </View>
    </Screen>
  )
}

import { Text, View } from '@tarojs/components'
import type { MeetingInput } from '@shared/api/review.api'
import { Card } from '../../../../../components/card'
import { DatePicker } from '../../../../../components/date-picker'
import { Field } from '../../../../../components/field'
import { PhotoPicker } from '../../../../../components/photo-picker'
import { TextInput } from '../../../../../components/text-input'
import type { Uploaded } from '../../../../../services/upload'

/** `meetingOn` null: not picked, so the server's today (known only once it has answered) is meant. */
export type MeetingForm = {
  meetingOn: string | null
  attendance: string
  votesFor: string
  votesAgainst: string
  photos: Uploaded[]
}
export type MeetingErrors = Partial<Record<keyof MeetingInput, string>>

export const emptyMeeting = (): MeetingForm => ({
  meetingOn: null,
  attendance: '',
  votesFor: '',
  votesAgainst: '',
  photos: [],
})

const count = (s: string) => (/^\d{1,4}$/.test(s.trim()) ? Number(s.trim()) : null)

/**
 * The meeting record as the contract's input, or what is missing. The server checks it again (majority, dates, the
 * photo being the official's own); this only spares a round trip for a field left empty.
 */
export function meetingInputOf(form: MeetingForm, today: string): { meeting: MeetingInput } | { errors: MeetingErrors } {
  const errors: MeetingErrors = {}
  const attendance = count(form.attendance)
  const votesFor = count(form.votesFor)
  const votesAgainst = count(form.votesAgainst)
  if (attendance === null || attendance < 1) errors.attendance = '请填写到会人数'
  if (votesFor === null) errors.votesFor = '请填写同意票数'
  if (votesAgainst === null) errors.votesAgainst = '请填写反对票数'
  const photo = form.photos[0]
  if (!photo) errors.minutesPhotoId = '请拍摄或上传会议记录照片'
  if (Object.keys(errors).length > 0 || attendance === null || votesFor === null || votesAgainst === null || !photo) {
    return { errors }
  }
  return { meeting: { meetingOn: form.meetingOn ?? today, attendance, votesFor, votesAgainst, minutesPhotoId: photo.id } }
}

type Props = { form: MeetingForm; errors: MeetingErrors; today: string; onChange: (f: MeetingForm) => void }

/** 村评议会议记录: required with the village's approval or rejection (村民代表会议或村“两委”会议). */
export function MeetingFormCard({ form, errors, today, onChange }: Props) {
  const set = <K extends keyof MeetingForm>(k: K, v: MeetingForm[K]) => onChange({ ...form, [k]: v })
  return (
    <Card title='村评议会议记录' id='meeting-card'>
      <Text className='muted'>评议通过或不予支持，都要填写会议记录。</Text>
      <Field name='meeting-date' label='会议日期' required error={errors.meetingOn}>
        <DatePicker
          id='meeting-date'
          value={form.meetingOn ?? today}
          initial={today}
          end={today}
          onChange={(d) => set('meetingOn', d)}
        />
      </Field>
      <Field name='meeting-attendance' label='到会人数' required error={errors.attendance}>
        <TextInput id='meeting-attendance' type='digit' value={form.attendance} onChange={(v) => set('attendance', v)} />
      </Field>
      <View className='review__votes'>
        <Field name='meeting-for' label='同意票' required error={errors.votesFor}>
          <TextInput id='meeting-for' type='digit' value={form.votesFor} onChange={(v) => set('votesFor', v)} />
        </Field>
        <Field name='meeting-against' label='反对票' required error={errors.votesAgainst}>
          <TextInput id='meeting-against' type='digit' value={form.votesAgainst} onChange={(v) => set('votesAgainst', v)} />
        </Field>
      </View>
      <Field name='meeting-photo' label='会议记录照片' required hint='拍下签字的会议记录' error={errors.minutesPhotoId}>
        <PhotoPicker idPrefix='meeting-photo' photos={form.photos} max={1} onChange={(p) => set('photos', p)} />
      </Field>
    </Card>
  )
}

import { Picker, Text, View } from '@tarojs/components'
import { chineseDate } from '../../utils/format'
import './index.scss'

type Props = {
  id: string
  /** The chosen date (YYYY-MM-DD), or undefined while none is chosen yet. */
  value: string | undefined
  /** The date the wheel opens on while none is chosen. */
  initial: string
  start?: string
  end?: string
  onChange: (d: string) => void
}

/**
 * A date as a tall box that reads the date in Chinese and opens the phone's date wheel: typing dates is hard for an
 * elderly user, and the wheel's start/end keep a date from landing outside what the rule allows.
 */
export function DatePicker({ id, value, initial, start, end, onChange }: Props) {
  return (
    <Picker mode='date' value={value ?? initial} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
      <View id={id} className='date-picker'>
        <Text className='date-picker__date'>{value ? chineseDate(value) : '请选择'}</Text>
        <Text className='muted date-picker__action'>{value ? '修改 ›' : '选择 ›'}</Text>
      </View>
    </Picker>
  )
}

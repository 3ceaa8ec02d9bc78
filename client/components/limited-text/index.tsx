import { Text, View } from '@tarojs/components'
import TextArea from '@nutui/nutui-react-taro/dist/esm/TextArea'
import '@nutui/nutui-react-taro/dist/esm/TextArea/style/css'
import { lengthNote } from '../../utils/field-check'
import '../text-box/index.scss'
import './index.scss'

type Props = {
  id: string
  value: string
  onChange: (v: string) => void
  /** The contract's limit; the box never cuts at it, it says how much is over. */
  max: number
  placeholder?: string
  invalid?: boolean
}

/** A reason or comment box that shows "已写 n/500 字" as the person types, and never cuts text silently. */
export function LimitedText({ id, value, onChange, max, placeholder, invalid }: Props) {
  const note = lengthNote(value, max)
  return (
    <View className='limited-text'>
      <TextArea
        id={id}
        className={`text-box${invalid || note.over ? ' text-box--invalid' : ''}`}
        value={value}
        onChange={onChange}
        placeholder={placeholder}
        maxLength={-1}
        rows={4}
      />
      <Text id={`${id}-count`} className={`limited-text__count${note.over ? ' limited-text__count--over' : ''}`}>
        {note.text}
      </Text>
    </View>
  )
}

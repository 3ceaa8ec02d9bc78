import TextArea from '@nutui/nutui-react-taro/dist/esm/TextArea'
import '@nutui/nutui-react-taro/dist/esm/TextArea/style/css'
import './index.scss'

type Props = {
  id: string
  value: string
  onChange: (v: string) => void
  placeholder?: string
  maxLength?: number
  invalid?: boolean
}

/** A bordered multi-line box with a character count, for reasons and review comments. */
export function TextBox({ id, value, onChange, placeholder, maxLength = 500, invalid }: Props) {
  return (
    <TextArea
      id={id}
      className={`text-box${invalid ? ' text-box--invalid' : ''}`}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      maxLength={maxLength}
      showCount
      rows={5}
    />
  )
}

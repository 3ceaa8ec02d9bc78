import Input from '@nutui/nutui-react-taro/dist/esm/Input'
import '@nutui/nutui-react-taro/dist/esm/Input/style/css'
import './index.scss'

type Props = {
  id: string
  value: string
  onChange: (v: string) => void
  placeholder?: string
  type?: 'text' | 'digit'
  invalid?: boolean
  maxLength?: number
}

/** A one-line box with a thick border; `digit` brings up the number pad with a decimal point. */
export function TextInput({ id, value, onChange, placeholder, type = 'text', invalid, maxLength }: Props) {
  return (
    <Input
      id={id}
      className={`text-input${invalid ? ' text-input--invalid' : ''}`}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      type={type}
      maxLength={maxLength}
      clearable={false}
    />
  )
}

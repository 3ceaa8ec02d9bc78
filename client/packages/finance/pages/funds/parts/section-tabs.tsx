import { Text, View } from '@tarojs/components'
import { a11y } from '../../../../../components/a11y'

type Props<V extends string> = {
  options: readonly { value: V; label: string; name: string }[]
  value: V
  onChange: (v: V) => void
}

/** Three parts of the page side by side, short names on screen and the full one read out; the open one filled. */
export function SectionTabs<V extends string>({ options, value, onChange }: Props<V>) {
  return (
    <View className='tabs' {...a11y({ role: 'radiogroup', label: '显示' })}>
      {options.map((o) => (
        <View
          key={o.value}
          id={`funds-section-${o.value}`}
          className={`tabs__tab${o.value === value ? ' tabs__tab--on' : ''}`}
          onClick={() => onChange(o.value)}
          {...a11y({ role: 'radio', checked: o.value === value, label: o.name })}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import './index.scss'

export type Choice<V extends string> = { value: V; label: string; note?: string }

type Props<V extends string> = {
  /** Each option gets the id `${idPrefix}-${value}`. */
  idPrefix: string
  options: readonly Choice<V>[]
  value: V | null | undefined
  onChange: (v: V) => void
  columns?: 1 | 2
}

/** Big tappable options with a tick, instead of small radio dots. */
export function ChoiceGroup<V extends string>({ idPrefix, options, value, onChange, columns = 1 }: Props<V>) {
  return (
    <View className={`choices choices--${columns}`}>
      {options.map((o) => {
        const on = o.value === value
        return (
          <View
            key={o.value}
            id={`${idPrefix}-${o.value}`}
            className={`choice${on ? ' choice--on' : ''}`}
            onClick={() => onChange(o.value)}
          >
            <Text className='choice__tick'>{on ? '✔' : ''}</Text>
            <View className='choice__text'>
              <Text className='choice__label'>{o.label}</Text>
              {o.note ? <Text className='choice__note'>{o.note}</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}

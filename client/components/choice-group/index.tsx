import { Text, View } from '@tarojs/components'
import { a11y } from '../a11y'
import './index.scss'

export type Choice<V extends string> = { value: V; label: string; note?: string }

type Props<V extends string> = {
  /** Each option gets the id `${idPrefix}-${value}`. */
  idPrefix: string
  options: readonly Choice<V>[]
  value: V | null | undefined
  onChange: (v: V) => void
  columns?: 1 | 2
  /** The question the options answer, read out before them. */
  label?: string
}

/** Big tappable options with a tick, instead of small radio dots. */
export function ChoiceGroup<V extends string>({ idPrefix, options, value, onChange, columns = 1, label }: Props<V>) {
  return (
    <View className={`choices choices--${columns}`} {...a11y({ role: 'radiogroup', label })}>
      {options.map((o) => {
        const on = o.value === value
        return (
          <View
            key={o.value}
            id={`${idPrefix}-${o.value}`}
            className={`choice${on ? ' choice--on' : ''}`}
            onClick={() => onChange(o.value)}
            {...a11y({ role: 'radio', checked: on, label: o.note ? `${o.label}，${o.note}` : o.label })}
          >
            <Text className='choice__tick' aria-hidden='true'>
              {on ? '✔' : ''}
            </Text>
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

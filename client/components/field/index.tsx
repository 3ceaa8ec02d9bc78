import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

type Props = {
  /** Used for the error's id: `error-${name}`, e.g. `error-apply-reason` (never a prefix of an option id). */
  name: string
  label: string
  hint?: string
  required?: boolean
  error?: string
  children: ReactNode
}

/** A labelled form field with its error message right under it. */
export function Field({ name, label, hint, required, error, children }: Props) {
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <View className='field__label'>
        <Text>{label}</Text>
        {required ? <Text className='field__required'>（必填）</Text> : null}
      </View>
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      {children}
      {error ? (
        <Text id={`error-${name}`} className='field__error'>
          ⚠ {error}
        </Text>
      ) : null}
    </View>
  )
}

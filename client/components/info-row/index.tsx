import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/** "label：value" on one line, the value in bold so it can be found at a glance. */
export function InfoRow({ label, children, id }: { label: string; children: ReactNode; id?: string }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text id={id} className='info-row__value'>
        {children}
      </Text>
    </View>
  )
}

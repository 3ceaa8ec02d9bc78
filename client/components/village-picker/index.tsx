import { View } from '@tarojs/components'
import { useState } from 'react'
import { hazardApi } from '@shared/api/hazard.api'
import { useRemote } from '../../hooks/useRemote'
import { call } from '../../services/call'
import { BigButton } from '../big-button'
import { ChoiceGroup } from '../choice-group'
import { Notice } from '../notice'

type Props = { idPrefix: string; value: string | null; onChange: (path: string, name: string) => void }

/** Walks the region tree down to a village (county → township → village), one level at a time. */
export function VillagePicker({ idPrefix, value, onChange }: Props) {
  const [parent, setParent] = useState<string | undefined>(undefined)
  const level = useRemote(() => call(hazardApi.places, parent ? { parent } : {}), [parent])
  const items = level.data?.items ?? []
  return (
    <View className='stack'>
      {level.error ? (
        <Notice tone='bad' onRetry={level.reload}>
          {level.error}
        </Notice>
      ) : null}
      <ChoiceGroup
        idPrefix={idPrefix}
        label='选择所在地'
        options={items.map((i) => ({ value: i.path, label: i.name }))}
        value={value}
        onChange={(path) => {
          const item = items.find((i) => i.path === path)
          if (!item) return
          if (item.level === 'village') onChange(path, item.name)
          else setParent(path)
        }}
      />
      {parent ? (
        <BigButton id={`${idPrefix}-restart`} kind='default' onClick={() => setParent(undefined)}>
          重新选择
        </BigButton>
      ) : null}
    </View>
  )
}

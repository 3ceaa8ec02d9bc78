import { View } from '@tarojs/components'
import { useState } from 'react'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Screen } from '../../../../components/screen'
import { AllocateSection } from './parts/allocate-section'
import { BatchList } from './parts/batch-list'
import { DueSection } from './parts/due-section'
import './index.scss'

type Section = 'allocate' | 'due' | 'batches'
const SECTIONS: { value: Section; label: string }[] = [
  { value: 'allocate', label: '待下达资金' },
  { value: 'due', label: '待支付' },
  { value: 'batches', label: '批次' },
]

/** Finance's money desk: send townships money, gather what fell due into bank batches, follow the batches. */
export default function Funds() {
  // One part at a time: each loads only when opened, and the page stays short on a small phone.
  const [section, setSection] = useState<Section>('allocate')
  return (
    <Screen title='资金下达与支付'>
      <View className='stack'>
        <ChoiceGroup idPrefix='funds-section' label='显示' options={SECTIONS} value={section} onChange={setSection} columns={2} />
        {section === 'allocate' ? <AllocateSection /> : null}
        {section === 'due' ? <DueSection /> : null}
        {section === 'batches' ? <BatchList /> : null}
      </View>
    </Screen>
  )
}

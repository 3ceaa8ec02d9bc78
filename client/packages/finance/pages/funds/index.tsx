import { View } from '@tarojs/components'
import { useState } from 'react'
import { Screen } from '../../../../components/screen'
import { AllocateSection } from './parts/allocate-section'
import { BatchList } from './parts/batch-list'
import { DueSection } from './parts/due-section'
import { SectionTabs } from './parts/section-tabs'
import './index.scss'

type Section = 'allocate' | 'due' | 'batches'
const SECTIONS: { value: Section; label: string; name: string }[] = [
  { value: 'allocate', label: '待下达', name: '待下达资金' },
  { value: 'due', label: '待支付', name: '待支付款项' },
  { value: 'batches', label: '批次', name: '银行批次' },
]

/** Finance's money desk: send townships money, gather what fell due into bank batches, follow the batches. */
export default function Funds() {
  // One part at a time: each loads only when opened, and the page stays short on a small phone.
  const [section, setSection] = useState<Section>('allocate')
  return (
    <Screen title='资金下达与支付'>
      <View className='stack'>
        <SectionTabs options={SECTIONS} value={section} onChange={setSection} />
        {section === 'allocate' ? <AllocateSection /> : null}
        {section === 'due' ? <DueSection /> : null}
        {section === 'batches' ? <BatchList /> : null}
      </View>
    </Screen>
  )
}

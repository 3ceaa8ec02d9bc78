import { Text, View } from '@tarojs/components'
import type * as z from 'zod'
import type { Allocatable } from '@shared/api/funds.api'
import { formatFen } from '@shared/domain/money'
import { a11y } from '../../../../../components/a11y'
import { sourceLine } from './source-line'

type Props = { item: z.infer<typeof Allocatable>; on: boolean; onToggle: () => void }

/** One household that may be sent money: a tap picks it (a tick, as in a paper list), another drops it. */
export function PickCase({ item, on, onToggle }: Props) {
  const id = `funds-pick-${item.caseId}`
  return (
    <View
      id={id}
      className={`pick${on ? ' pick--on' : ''}`}
      onClick={onToggle}
      {...a11y({
        role: 'checkbox',
        checked: on,
        label: `${item.applicantMasked}，${item.villageName}，${formatFen(item.amountFen)}`,
      })}
    >
      <Text className='pick__tick' aria-hidden='true'>
        {on ? '✔' : ''}
      </Text>
      <View className='pick__text'>
        <View className='pick__top'>
          <Text className='pick__name'>{item.applicantMasked}</Text>
          <Text className='pick__amount' id={`${id}-amount`}>
            {formatFen(item.amountFen)}
          </Text>
        </View>
        <Text className='pick__line'>{`${item.villageName} · ${item.caseNo}`}</Text>
        <Text className='pick__line'>{sourceLine(item.fundingSource, item.fundingReason)}</Text>
      </View>
    </View>
  )
}

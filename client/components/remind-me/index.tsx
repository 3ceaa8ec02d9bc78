import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { NotificationKind } from '@shared/schemas/notification'
import { askToNotify } from '../../services/subscribe'
import { templateIdsFor } from '../../services/subscribe-core'
import { BigButton } from '../big-button'

type Props = { id: string; kinds: readonly NotificationKind[] }

/**
 * "提醒我": each WeChat consent is good for one message, so the person can give another with one tap. Only in the
 * mini-program, and only when templates are configured; on H5 the in-app list is the channel.
 */
export function RemindMe({ id, kinds }: Props) {
  const [answer, setAnswer] = useState<string | null>(null)
  if (process.env.TARO_ENV !== 'weapp' || templateIdsFor(kinds).length === 0) return null
  const ask = () => {
    void askToNotify(kinds).then((consent) =>
      setAnswer(consent === 'accepted' ? '好的，有进展时会通过微信通知您。' : '没有开启微信通知，进展仍会显示在“消息”里。'),
    )
  }
  return (
    <View>
      <BigButton id={id} kind='default' onClick={ask}>
        有进展时微信提醒我
      </BigButton>
      {answer ? (
        <Text className='muted' id={`${id}-answer`}>
          {answer}
        </Text>
      ) : null}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { userApi } from '@shared/api/user.api'
import type { MessageView } from '@shared/api/views'
import { routeOf } from '@shared/routes'
import { BigButton } from '../../components/big-button'
import { Card } from '../../components/card'
import { Notice } from '../../components/notice'
import { PagedList } from '../../components/paged-list'
import { Badge } from '../../components/state-badge'
import { usePaged } from '../../hooks/usePaged'
import { messageOf } from '../../services/api-error'
import { call } from '../../services/call'
import { dayOf } from '../../utils/format'
import './index.scss'
import { Screen } from '../../components/screen'

/** A message's `page` is a link such as `/pages/case/index?caseId=…`; only pages of the app are opened. */
function targetOf(m: MessageView): string | null {
  const p = `/${m.page.replace(/^\//, '')}`
  return routeOf(p) ? p : null
}

export default function Messages() {
  const list = usePaged((after) => call(userApi.messages, { after, limit: 20 }))
  const [readIds, setReadIds] = useState<Set<string>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const isRead = (m: MessageView) => m.read || readIds.has(m._id)
  const unread = list.items.filter((m) => !isRead(m))

  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return
    setError(null)
    try {
      await call(userApi.markRead, { ids: ids.slice(0, 100) })
      setReadIds((prev) => new Set([...prev, ...ids]))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const open = async (m: MessageView) => {
    if (!isRead(m)) await markRead([m._id])
    const url = targetOf(m)
    if (url) void Taro.navigateTo({ url })
  }

  return (
    <Screen title='消息'>
      <View className='stack'>
        <PagedList
          id='messages'
          list={list}
          empty={<Notice id='messages-empty'>没有消息。</Notice>}
          header={
            <>
              {error ? <Notice tone='bad'>{error}</Notice> : null}
              {unread.length > 0 ? (
                <BigButton id='messages-read-all' kind='default' onClick={() => markRead(unread.map((m) => m._id))}>
                  全部标为已读（{unread.length} 条未读）
                </BigButton>
              ) : null}
            </>
          }
          renderItem={(m) => (
            <Card
              id={`messages-item-${m._id}`}
              dim={isRead(m)}
              onClick={() => open(m)}
              title={m.title}
              extra={
                isRead(m) ? (
                  <Badge tone='info'>已读</Badge>
                ) : (
                  <Badge tone='bad' id={`messages-item-${m._id}-unread`}>
                    未读
                  </Badge>
                )
              }
            >
              <Text className='messages__body'>{m.body}</Text>
              <Text className='muted'>{dayOf(m.createdAt)}</Text>
            </Card>
          )}
        />
      </View>
    </Screen>
  )
}

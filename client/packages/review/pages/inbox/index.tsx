import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { reviewApi } from '@shared/api/review.api'
import { link } from '@shared/routes'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { usePaged } from '../../../../hooks/usePaged'
import { useToday } from '../../../../hooks/useToday'
import { call } from '../../../../services/call'
import { InboxCard } from './parts/inbox-card'
import './index.scss'
import { Screen } from '../../../../components/screen'

/** Cases waiting for this official's level (村评议 / 乡镇审核 / 县级审批), oldest first, with how long each waited. */
export default function Inbox() {
  const list = usePaged((after) => call(reviewApi.inbox, { after, limit: 20 }))
  const today = useToday()
  const overdue = list.items.filter((c) => c.urgency?.overdue).length

  return (
    <Screen title='待办审核'>
      <View className='inbox__list'>
        <PagedList
          id='inbox'
          list={list}
          empty={<Notice id='inbox-empty'>没有待审核的申请。</Notice>}
          header={
            overdue > 0 ? (
              <Notice tone='bad' id='inbox-overdue'>
                {`有 ${overdue} 份已超过办理时限，请先办理。`}
              </Notice>
            ) : null
          }
          renderItem={(c) => (
            <InboxCard item={c} today={today} onOpen={() => Taro.navigateTo({ url: link('review', { caseId: c._id }) })} />
          )}
        />
      </View>
    </Screen>
  )
}

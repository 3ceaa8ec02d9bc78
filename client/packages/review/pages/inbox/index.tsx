import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { reviewApi } from '@shared/api/review.api'
import { reviewsAt } from '@shared/domain/workflow/inbox'
import { CURRENT_TABLE } from '@shared/domain/workflow/tables'
import { link } from '@shared/routes'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { usePaged } from '../../../../hooks/usePaged'
import { useToday } from '../../../../hooks/useToday'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { useRemote } from '../../../../hooks/useRemote'
import { InboxCard } from './parts/inbox-card'
import './index.scss'
import { Screen } from '../../../../components/screen'

/** Cases waiting for this official's level (村评议 / 乡镇审核 / 县级审批), oldest first, with how long each waited. */
export default function Inbox() {
  const list = usePaged((after) => call(reviewApi.inbox, { after, limit: 20 }))
  const today = useToday()
  const me = useRemote(() => getMe())
  const overdue = list.items.filter((c) => c.urgency?.overdue || c.deadline?.overdue).length
  // Where the level reviews, the review page; where it acts with or for the household (a resubmission, the plan),
  // the case page, which offers those steps.
  const open = (c: { _id: string; state: Parameters<typeof reviewsAt>[1] }) => {
    const role = me.data?.role
    const page = role && !reviewsAt(CURRENT_TABLE, c.state, role) ? 'case' : 'review'
    void Taro.navigateTo({ url: link(page, { caseId: c._id }) })
  }

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
                {`有 ${overdue} 份已超过办理时限或工作期限，请先办理。`}
              </Notice>
            ) : null
          }
          renderItem={(c) => <InboxCard item={c} today={today} onOpen={() => open(c)} />}
        />
      </View>
    </Screen>
  )
}

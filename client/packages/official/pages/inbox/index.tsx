import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { api } from '@shared/api'
import { CaseCard } from '../../../../components/case-card'
import { LoadMore } from '../../../../components/load-more'
import { Loading, Notice } from '../../../../components/notice'
import { routeTo } from '../../../../constants/routes'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { useToday } from '../../../../hooks/useToday'
import { runningUntil } from '../../../../utils/publicity'
import './index.scss'

/** Cases waiting for this official's level (村评议 / 乡镇审核 / 县级审批), oldest first. */
export default function Inbox() {
  const list = usePaged((after) => call(api.review.inbox, { after, limit: 20 }))
  const now = useToday()

  return (
    <View className="screen">
      <Text className="screen-title">待办审核</Text>
      <View className="stack">
        {list.error ? (
          <Notice tone="bad" id="inbox-error" onRetry={list.reload}>
            {list.error}
          </Notice>
        ) : null}
        {!list.loaded && list.loading ? <Loading /> : null}
        {list.loaded && list.items.length === 0 ? <Notice id="inbox-empty">没有待审核的申请。</Notice> : null}
        {list.items.map((c) => {
          const waitUntil = runningUntil(c.publicityClosesOn, now)
          return (
            <CaseCard
              key={c._id}
              id={`inbox-item-${c._id}`}
              item={c}
              showApplicant
              dim={!!waitUntil}
              onClick={() => Taro.navigateTo({ url: routeTo('review', { caseId: c._id }) })}
            >
              {waitUntil ? (
                <Text className="inbox__wait" id={`inbox-item-${c._id}-publicity`}>
                  公示至 {waitUntil}，期满后才能审核通过
                </Text>
              ) : null}
            </CaseCard>
          )
        })}
        <LoadMore id="inbox-more" hasMore={list.hasMore} loading={list.loading} count={list.items.length} onMore={list.loadMore} />
      </View>
    </View>
  )
}

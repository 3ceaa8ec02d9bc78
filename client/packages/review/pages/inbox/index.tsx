import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { reviewApi } from '@shared/api/review.api'
import { CaseCard } from '../../../../components/case-card'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { link } from '@shared/routes'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { useToday } from '../../../../hooks/useToday'
import { runningUntil } from '../../../../utils/publicity'
import './index.scss'
import { Screen } from '../../../../components/screen'

/** Cases waiting for this official's level (村评议 / 乡镇审核 / 县级审批), oldest first. */
export default function Inbox() {
  const list = usePaged((after) => call(reviewApi.inbox, { after, limit: 20 }))
  const now = useToday()

  return (
    <Screen title='待办审核'>
      <View className='stack'>
        <PagedList
          id='inbox'
          list={list}
          empty={<Notice id='inbox-empty'>没有待审核的申请。</Notice>}
          renderItem={(c) => {
            const waitUntil = runningUntil(c.publicityClosesOn, now)
            return (
              <CaseCard
                id={`inbox-item-${c._id}`}
                item={c}
                showApplicant
                dim={!!waitUntil}
                onClick={() => Taro.navigateTo({ url: link('review', { caseId: c._id }) })}
              >
                {waitUntil ? (
                  <Text className='inbox__wait' id={`inbox-item-${c._id}-publicity`}>
                    公示至 {waitUntil}，期满后才能审核通过
                  </Text>
                ) : null}
              </CaseCard>
            )
          }}
        />
      </View>
    </Screen>
  )
}

import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MILESTONE_LABEL, worksApi } from '@shared/api/works.api'
import { link } from '@shared/routes'
import { CaseCard } from '../../../../components/case-card'
import { InfoRow } from '../../../../components/info-row'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { chineseDate } from '../../../../utils/format'

/**
 * 施工进度: the signed cases whose works are to start or under way, each with the milestone it waits for; tapping one
 * opens the case, where the milestone is recorded (its stage's money falls due from that day).
 */
export default function Works() {
  const list = usePaged((after) => call(worksApi.todo, { after, limit: 20 }))
  return (
    <Screen title='施工进度'>
      <View className='stack'>
        <PagedList
          id='works'
          list={list}
          empty={<Notice id='works-empty'>没有待开工或在建的农户。三方协议签订后会出现在这里。</Notice>}
          renderItem={(c) => (
            <CaseCard
              id={`works-item-${c._id}`}
              item={c}
              showApplicant
              onClick={() => Taro.navigateTo({ url: link('review', { caseId: c._id }) })}
            >
              {c.milestones.start ? <InfoRow label='开工'>{chineseDate(c.milestones.start)}</InfoRow> : null}
              {c.milestones.structure ? <InfoRow label='主体完工'>{chineseDate(c.milestones.structure)}</InfoRow> : null}
              {c.waitingFor ? (
                <InfoRow label='待登记' id={`works-item-${c._id}-next`}>
                  {MILESTONE_LABEL[c.waitingFor]}
                </InfoRow>
              ) : null}
            </CaseCard>
          )}
        />
      </View>
    </Screen>
  )
}

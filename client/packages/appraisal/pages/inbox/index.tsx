import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { type AppraisalItem, appraisalApi } from '@shared/api/appraisal.api'
import { link } from '@shared/routes'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { chineseDate } from '../../../../utils/format'
import './index.scss'

/** The appraiser's open orders, oldest first; an order past its due date is marked and counted at the top. */
export default function AppraisalInbox() {
  const list = usePaged((after) => call(appraisalApi.inbox, { after, limit: 20 }))
  const overdue = list.items.filter((a) => a.overdue).length
  return (
    <Screen title='鉴定委托'>
      <View className='appraisal-inbox__list'>
        <PagedList
          id='appraisal-inbox'
          list={list}
          empty={<Notice id='appraisal-inbox-empty'>没有待鉴定的房屋。</Notice>}
          header={
            overdue > 0 ? (
              <Notice tone='bad' id='appraisal-inbox-overdue'>
                {`有 ${overdue} 户已超过委托期限，请先鉴定。`}
              </Notice>
            ) : null
          }
          renderItem={(a) => (
            <OrderCard item={a} onOpen={() => Taro.navigateTo({ url: link('appraisalRecord', { appraisalId: a._id }) })} />
          )}
        />
      </View>
    </Screen>
  )
}

/** Named by what it shows (a reader reads the card's text), so its spoken name never differs from the screen. */
function OrderCard({ item, onOpen }: { item: AppraisalItem; onOpen: () => void }) {
  const id = `appraisal-item-${item._id}`
  return (
    <View
      id={id}
      className={`appraisal-card${item.overdue ? ' appraisal-card--overdue' : ''}`}
      hoverClass='appraisal-card--pressed'
      role='button'
      ariaRole='button'
      onClick={onOpen}
    >
      <View className='appraisal-card__top'>
        <Text className='appraisal-card__name'>{item.headName}</Text>
        {item.dueOn ? (
          <Text id={`${id}-due`} className={`appraisal-card__due${item.overdue ? ' appraisal-card__due--overdue' : ''}`}>
            {item.overdue ? `已超期 · ${chineseDate(item.dueOn)}前` : `${chineseDate(item.dueOn)}前完成`}
          </Text>
        ) : null}
      </View>
      <Text className='appraisal-card__place'>
        {item.villageName} · {item.address}
      </Text>
      {item.note ? <Text className='appraisal-card__place'>{item.note}</Text> : null}
      <Text className='appraisal-card__line'>
        {item.orderedOn ? `${chineseDate(item.orderedOn)} ${item.orderedByName ?? ''}委托` : ''}
      </Text>
    </View>
  )
}

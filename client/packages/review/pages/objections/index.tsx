import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { objectionsApi } from '@shared/api/objections.api'
import { link } from '@shared/routes'
import { Notice } from '../../../../components/notice'
import { PagedList } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { usePaged } from '../../../../hooks/usePaged'
import { call } from '../../../../services/call'
import { ObjectionCard } from './parts/objection-card'

/** 异议处理: the open objections in the official's jurisdiction, oldest first; each holds its case until resolved. */
export default function Objections() {
  const list = usePaged((after) => call(objectionsApi.objections, { after, limit: 20 }))
  return (
    <Screen title='公示异议'>
      <View className='stack'>
        <Notice>有异议的申请在异议处理完之前不能继续办理。请入户核实后写明处理意见，提出人会看到。</Notice>
        <PagedList
          id='objections'
          list={list}
          empty={<Notice id='objections-empty'>没有待处理的异议。</Notice>}
          renderItem={(o) => (
            <ObjectionCard
              id={`objections-item-${o._id}`}
              item={o}
              onOpen={() => void Taro.navigateTo({ url: link('objection', { objectionId: o._id, caseId: o.caseId }) })}
            />
          )}
        />
      </View>
    </Screen>
  )
}

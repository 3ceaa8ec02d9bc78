import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { applicationApi } from '@shared/api/application.api'
import { BigButton } from '../../components/big-button'
import { CaseCard } from '../../components/case-card'
import { Notice } from '../../components/notice'
import { PagedList } from '../../components/paged-list'
import { link } from '@shared/routes'
import { usePaged } from '../../hooks/usePaged'
import { call } from '../../services/call'
import { Screen } from '../../components/screen'

export default function Cases() {
  const list = usePaged((after) => call(applicationApi.mine, { after, limit: 10 }))

  return (
    <Screen title='我的申请'>
      <View className='stack'>
        <PagedList
          id='cases'
          list={list}
          empty={
            <View className='stack'>
              <Notice id='cases-empty'>您还没有提交过申请。</Notice>
              <BigButton id='cases-apply' onClick={() => Taro.navigateTo({ url: link('apply') })}>
                去申请改造
              </BigButton>
            </View>
          }
          renderItem={(c) => (
            <CaseCard
              id={`cases-item-${c._id}`}
              item={c}
              onClick={() => Taro.navigateTo({ url: link('case', { caseId: c._id }) })}
            />
          )}
        />
      </View>
    </Screen>
  )
}

import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { publicityApi } from '@shared/api/publicity.api'
import { link } from '@shared/routes'
import { BigButton } from '../../components/big-button'
import { Notice } from '../../components/notice'
import { NoticeCard } from '../../components/notice-card'
import { PagedList } from '../../components/paged-list'
import { usePaged } from '../../hooks/usePaged'
import { call } from '../../services/call'
import { Screen } from '../../components/screen'

/** The village publicity board (公示栏): masked names and results, open to everyone; a tap opens the notice. */
export default function Board() {
  const list = usePaged((after) => call(publicityApi.board, { after, limit: 10 }))

  return (
    <Screen title='公示栏' isPublic>
      <View className='stack'>
        <Notice>以下农户的审核结果正在或已经公示。公示期内如有异议，点开这条公示即可提出，可以匿名。</Notice>
        <PagedList
          id='board'
          list={list}
          empty={<Notice id='board-empty'>目前没有公示。</Notice>}
          renderItem={(n) => (
            <NoticeCard
              id={`board-item-${n._id}`}
              notice={n}
              onOpen={() => void Taro.navigateTo({ url: link('notice', { noticeId: n._id }) })}
            />
          )}
        />
        <BigButton id='board-my-objections' kind='default' onClick={() => Taro.navigateTo({ url: link('myObjections') })}>
          我提出的异议
        </BigButton>
      </View>
    </Screen>
  )
}

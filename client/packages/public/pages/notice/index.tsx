import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { publicityApi } from '@shared/api/publicity.api'
import { link, paramsOf } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Notice } from '../../../../components/notice'
import { NoticeCard } from '../../../../components/notice-card'
import { Screen } from '../../../../components/screen'
import { useRemote } from '../../../../hooks/useRemote'
import { call } from '../../../../services/call'
import { getMe } from '../../../../services/me'
import { ObjectionForm } from './parts/objection-form'
import './index.scss'

const isH5 = process.env.TARO_ENV === 'h5'

/** The H5 address of this notice (hash router), to paste into a village chat group. */
function h5Url(noticeId: string): string {
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${link('notice', { noticeId })}`
}

/** One notice, opened from the board or from a shared link; anyone may object while it runs. */
export default function NoticePage() {
  const { noticeId } = paramsOf('notice', useRouter().params)
  const notice = useRemote(() => call(publicityApi.notice, { noticeId }), [noticeId])
  const me = useRemote(() => getMe())

  useShareAppMessage(() => ({
    title: notice.data ? `${notice.data.villageName}${notice.data.stageLabel}公示` : '公示',
    path: link('notice', { noticeId }),
  }))

  const n = notice.data
  return (
    <Screen title='公示' isPublic load={notice}>
      {n ? (
        <View className='stack'>
          <NoticeCard id='notice' notice={n} />
          {isH5 ? (
            <BigButton id='notice-copy-link' kind='default' onClick={() => void Taro.setClipboardData({ data: h5Url(noticeId) })}>
              复制公示链接
            </BigButton>
          ) : (
            <Button id='notice-share' className='notice-page__share' openType='share'>
              分享给村民
            </Button>
          )}
          {n.acceptsObjections ? (
            <ObjectionForm noticeId={noticeId} canAttachPhotos={me.data?.registered ?? false} />
          ) : (
            <Notice id='notice-closed'>公示期已结束，不再受理异议。</Notice>
          )}
          <Text className='muted notice-page__note'>公示只显示姓氏、村名和审核结果，不显示身份证号、电话和银行账号。</Text>
        </View>
      ) : null}
    </Screen>
  )
}

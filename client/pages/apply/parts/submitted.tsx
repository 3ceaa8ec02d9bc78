import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { applicationApi } from '@shared/api/application.api'
import { link, pathOf } from '@shared/routes'
import type { Application } from '@shared/schemas/application'
import { BigButton } from '../../../components/big-button'
import { Card } from '../../../components/card'
import { InfoRow } from '../../../components/info-row'
import { useRemote } from '../../../hooks/useRemote'
import { call } from '../../../services/call'

/**
 * What the farmer sees once the application went through (also after a retry that found the first one): that it
 * worked, its number, and what happens next with the usual time, in the profile's working days.
 */
export function Submitted({ created }: { created: Application }) {
  const detail = useRemote(() => call(applicationApi.detail, { caseId: created._id }), [created._id])
  const next = detail.data?.nextStep ?? null
  return (
    <View className='stack' id='apply-done'>
      <View className='apply-done__banner' aria-live='polite'>
        <Text className='apply-done__tick'>✔</Text>
        <Text className='apply-done__title' id='apply-done-title'>
          已提交
        </Text>
      </View>
      <Card title='您的申请'>
        <InfoRow label='申请编号' id='apply-done-case-no'>
          {created.caseNo}
        </InfoRow>
        <InfoRow label='申请人'>{created.applicantName}</InfoRow>
      </Card>
      <Card title='下一步'>
        <Text className='apply-done__next' id='apply-done-next'>
          {next ? next.label : '村委会评议'}
        </Text>
        {next?.withinWorkingDays ? (
          <Text className='apply-done__when' id='apply-done-when'>
            一般 {next.withinWorkingDays} 个工作日内办理（不算周末和节假日）。办理后会发消息告诉您。
          </Text>
        ) : (
          <Text className='apply-done__when'>办理后会发消息告诉您。</Text>
        )}
      </Card>
      <View>
        <BigButton id='apply-done-open' onClick={() => Taro.redirectTo({ url: link('case', { caseId: created._id }) })}>
          查看这份申请
        </BigButton>
      </View>
      <View>
        <BigButton id='apply-done-home' kind='default' onClick={() => Taro.reLaunch({ url: pathOf('index') })}>
          回首页
        </BigButton>
      </View>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CaseDetail } from '@shared/api/views'
import { GRADE_LABEL } from '@shared/domain/appraisal'
import { latestGrade } from '@shared/domain/house-record'
import { link } from '@shared/routes'
import { BigButton } from '../../../../../components/big-button'
import { Card } from '../../../../../components/card'
import { GradeHistory } from '../../../../../components/grade-history'
import { InfoRow } from '../../../../../components/info-row'
import { useRemote } from '../../../../../hooks/useRemote'
import { getMe } from '../../../../../services/me'

const STRUCTURE_LABEL: Record<NonNullable<CaseDetail['house']>['structure'], string> = {
  brick: '砖木/砖混',
  adobe: '土坯',
  stone: '石砌',
  wood: '木结构',
  concrete: '钢筋混凝土',
  other: '其他',
}

/**
 * The house record the decision rests on, at the top: grade in force, structure, area, year built, and every
 * appraisal and proof of safety over the years. The county may order an appraisal from here; the township may
 * accept acceptance papers in place of one while the case can still end as found safe.
 */
export function HouseRecord({ detail }: { detail: CaseDetail }) {
  const me = useRemote(() => getMe())
  const { house } = detail
  if (!house) {
    return (
      <Card title='房屋档案'>
        <Text>无房户（没有自有住房）</Text>
      </Card>
    )
  }
  const grade = latestGrade(house)
  const role = me.data?.role
  const mayExempt = role === 'township' && detail.allowedEvents.includes('found_safe')
  return (
    <Card title='房屋档案'>
      <InfoRow label='鉴定等级' id='review-house-grade'>
        {grade ? `${GRADE_LABEL[grade.grade]}（${grade.on} ${grade.by}）` : '尚未鉴定'}
      </InfoRow>
      <InfoRow label='结构' id='review-house-structure'>
        {STRUCTURE_LABEL[house.structure]}
      </InfoRow>
      <InfoRow label='面积' id='review-house-area'>
        {house.floorAreaM2} 平方米
      </InfoRow>
      <InfoRow label='建造年份' id='review-house-built'>
        {house.builtYear ? `${house.builtYear} 年` : '未登记'}
      </InfoRow>
      <View className='review-house__history'>
        <Text className='review-house__history-title'>鉴定记录（全生命周期）</Text>
        <GradeHistory house={house} id='review-house-history' />
      </View>
      {house.openAppraisalId ? (
        <Text className='review-house__pending' id='review-house-ordered'>
          已委托鉴定，等待鉴定机构录入结果
        </Text>
      ) : role === 'county' ? (
        <View className='review-house__action'>
          <BigButton
            id='review-house-order'
            kind='default'
            onClick={() =>
              Taro.navigateTo({ url: link('appraisalOrder', { houseId: house._id, villagePath: house.regionPath }) })
            }
          >
            委托鉴定
          </BigButton>
        </View>
      ) : null}
      {mayExempt ? (
        <View className='review-house__action'>
          <BigButton
            id='review-house-exempt'
            kind='default'
            onClick={() => Taro.navigateTo({ url: link('appraisalExempt', { houseId: house._id, caseId: detail.case._id }) })}
          >
            免鉴定（认可验收材料）
          </BigButton>
        </View>
      ) : null}
    </Card>
  )
}

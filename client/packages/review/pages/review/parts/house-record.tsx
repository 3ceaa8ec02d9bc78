import { Text } from '@tarojs/components'
import type { CaseDetail } from '@shared/api/views'
import { latestGrade } from '@shared/domain/house-record'
import { InfoRow } from '../../../../../components/info-row'
import { Card } from '../../../../../components/card'

const STRUCTURE_LABEL: Record<NonNullable<CaseDetail['house']>['structure'], string> = {
  brick: '砖木/砖混',
  adobe: '土坯',
  stone: '石砌',
  wood: '木结构',
  concrete: '钢筋混凝土',
  other: '其他',
}

/** The house record the decision rests on, at the top: grade in force, structure, area, year built. */
export function HouseRecord({ detail }: { detail: CaseDetail }) {
  const { house } = detail
  if (!house) {
    return (
      <Card title='房屋档案'>
        <Text>无房户（没有自有住房）</Text>
      </Card>
    )
  }
  const grade = latestGrade(house)
  return (
    <Card title='房屋档案'>
      <InfoRow label='鉴定等级' id='review-house-grade'>
        {grade ? `${grade.grade}级（${grade.on} ${grade.by}）` : '尚未鉴定'}
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
    </Card>
  )
}

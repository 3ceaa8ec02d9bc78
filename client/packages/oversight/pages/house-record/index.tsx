import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { inspectionApi } from '@shared/api/inspection.api'
import { latestGrade } from '@shared/domain/house-record'
import { paramsOf } from '@shared/routes'
import { LEDGER_STATE_LABEL } from '@shared/schemas/ledger'
import { Card } from '../../../../components/card'
import { InfoRow } from '../../../../components/info-row'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { Badge } from '../../../../components/state-badge'
import { useRemote } from '../../../../hooks/useRemote'
import { call } from '../../../../services/call'
import './index.scss'

const STRUCTURE_LABEL = {
  brick: '砖木/砖混',
  adobe: '土坯',
  stone: '石砌',
  wood: '木结构',
  concrete: '钢筋混凝土',
  other: '其他',
} as const

/** The house's whole-life record (全生命周期档案): appraisals, inspections, ledger entries and public reports. */
export default function HouseRecordPage() {
  const { houseId } = paramsOf('houseRecord', useRouter().params)
  const record = useRemote(() => call(inspectionApi.houseRecord, { houseId }), [houseId])
  const r = record.data
  const grade = r ? latestGrade(r.house) : null

  return (
    <Screen title='房屋档案' load={record}>
      {r ? (
        <View className='stack'>
          <Card title={`${r.headName} · ${r.villageName}`} id='house-summary'>
            <InfoRow label='地址'>{r.house.address}</InfoRow>
            <InfoRow label='鉴定等级' id='house-grade'>
              {grade ? `${grade.grade}级（${grade.on}）` : '尚未鉴定'}
            </InfoRow>
            <InfoRow label='结构'>{STRUCTURE_LABEL[r.house.structure]}</InfoRow>
            <InfoRow label='面积'>{`${r.house.floorAreaM2} 平方米`}</InfoRow>
            <InfoRow label='建造年份'>{r.house.builtYear ? `${r.house.builtYear} 年` : '未登记'}</InfoRow>
          </Card>
          <Card title='鉴定记录' id='house-grades'>
            {r.house.grades.length === 0 ? <Text className='muted'>暂无</Text> : null}
            {[...r.house.grades]
              .sort((a, b) => (a.on < b.on ? 1 : -1))
              .map((g) => (
                <InfoRow key={`${g.on}-${g.grade}`} label={g.on}>{`${g.grade}级 · ${g.by}`}</InfoRow>
              ))}
          </Card>
          <Card title='排查记录' id='house-inspections'>
            {r.house.inspections.length === 0 ? <Text className='muted'>暂无</Text> : null}
            {[...r.house.inspections].reverse().map((i, n) => (
              <View key={i.inspectionId ?? `${i.on}-${i.by}-${i.finding}`} className='record__line' id={`house-inspection-${n}`}>
                <Text className='record__when'>{`${i.on} · ${i.by}${i.grade ? ` · 观察${i.grade}级` : ''}`}</Text>
                <Text>{i.finding}</Text>
              </View>
            ))}
          </Card>
          <Card title='工作台账' id='house-ledger'>
            {r.ledger.length === 0 ? <Text className='muted'>暂无</Text> : null}
            {r.ledger.map((e) => (
              <View key={e._id} className='record__line' id={`house-ledger-${e._id}`}>
                <View className='record__badges'>
                  <Badge tone={e.state === 'closed' ? 'ok' : 'warn'}>{LEDGER_STATE_LABEL[e.state]}</Badge>
                  {e.overdue ? <Badge tone='bad'>逾期</Badge> : null}
                </View>
                <Text>{e.problem}</Text>
                <Text className='record__when'>{`${e.openedOn} 开立 · 期限 ${e.deadline}`}</Text>
                {e.closure ? <Text className='record__when'>{`整改：${e.closure.measure}（${e.closure.on}）`}</Text> : null}
              </View>
            ))}
          </Card>
          <Card title='群众反映' id='house-reports'>
            {r.hazardReports.length === 0 ? (
              <Notice id='house-reports-none'>暂无群众反映的问题。</Notice>
            ) : (
              r.hazardReports.map((h) => (
                <View key={h._id} className='record__line'>
                  <Text>{`${h.createdAt?.slice(0, 10) ?? ''} ${h.category ?? ''} ${h.status ?? ''}`}</Text>
                </View>
              ))
            )}
          </Card>
        </View>
      ) : null}
    </Screen>
  )
}

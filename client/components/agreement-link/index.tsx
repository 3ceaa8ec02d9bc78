import Taro from '@tarojs/taro'
import { AGREEMENT_STATES } from '@shared/domain/agreement/parties'
import { link } from '@shared/routes'
import type { CaseState } from '@shared/schemas/application'
import { BigButton } from '../big-button'
import { Card } from '../card'

/** From the chosen plan on, the case's tripartite agreement: to read, confirm (while unsigned) or save as PDF. */
export function AgreementLink({ caseId, state }: { caseId: string; state: CaseState }) {
  if (!AGREEMENT_STATES.includes(state)) return null
  const waiting = state === 'plan_chosen'
  return (
    <Card title='三方协议'>
      <BigButton
        id='case-agreement'
        kind={waiting ? 'primary' : 'default'}
        onClick={() => void Taro.navigateTo({ url: link('agreement', { caseId }) })}
      >
        {waiting ? '查看并确认三方协议' : '查看三方协议'}
      </BigButton>
    </Card>
  )
}

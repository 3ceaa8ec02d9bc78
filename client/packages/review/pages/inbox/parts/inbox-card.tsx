import { Text, View } from '@tarojs/components'
import type { InboxItem } from '@shared/api/views'
import { publicityRunning } from '@shared/domain/workflow/guards'
import { statusLabel } from '@shared/domain/workflow/status-label'
import { MODE_LABEL } from '@shared/schemas/application'

type Props = { item: InboxItem; today: string; onOpen: () => void }

/** Three short lines, so four or more fit a small phone's screen: who, where and what, and how long it has waited. */
export function InboxCard({ item, today, onOpen }: Props) {
  const held = publicityRunning(item.publicityClosesOn, today)
  const u = item.urgency
  const id = `inbox-item-${item._id}`
  return (
    <View
      id={id}
      className={`inbox-card${u?.overdue || item.deadline?.overdue ? ' inbox-card--overdue' : ''}${held ? ' inbox-card--held' : ''}`}
      hoverClass='inbox-card--pressed'
      // Named by what it shows (every line), so a reader hears what a sighted official sees.
      role='button'
      ariaRole='button'
      onClick={onOpen}
    >
      <View className='inbox-card__top'>
        <Text className='inbox-card__name'>{item.applicantName}</Text>
        {u ? (
          <Text id={`${id}-waiting`} className={`inbox-card__wait${u.overdue ? ' inbox-card__wait--overdue' : ''}`}>
            {u.overdue ? `已超期 · 等${u.waitingDays}个工作日` : `已等${u.waitingDays}个工作日`}
          </Text>
        ) : null}
      </View>
      <Text className='inbox-card__line'>
        {item.villageName} · {MODE_LABEL[item.mode]} · {item.caseNo}
      </Text>
      <Text id={`${id}-status`} className={`inbox-card__status${held ? ' inbox-card__status--held' : ''}`}>
        {held
          ? `公示至 ${item.publicityClosesOn}${item.publicityDaysLeft ? `，还剩${item.publicityDaysLeft}个工作日` : ''}，期满后才能通过`
          : statusLabel(item, today)}
      </Text>
      {item.deadline ? (
        <Text id={`${id}-deadline`} className={`inbox-card__line${item.deadline.overdue ? ' inbox-card__wait--overdue' : ''}`}>
          {item.deadline.overdue
            ? `已过${item.deadline.label}（${item.deadline.on}）`
            : `${item.deadline.label}：${item.deadline.on}`}
        </Text>
      ) : null}
    </View>
  )
}

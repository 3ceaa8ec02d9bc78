import { Text, View } from '@tarojs/components'
import { a11y } from '../a11y'
import './index.scss'

type Props = {
  id: string
  icon: string
  title: string
  note?: string
  badge?: number
  /** One slim row instead of a square, for pages an official opens now and then. */
  compact?: boolean
  onClick: () => void
}

/** One big square on the home page: an icon, a two-to-four character name, and an optional count. */
export function Tile({ id, icon, title, note, badge, compact, onClick }: Props) {
  return (
    <View
      id={id}
      className={compact ? 'tile tile--compact' : 'tile'}
      hoverClass='tile--pressed'
      onClick={onClick}
      {...a11y({ role: 'button', label: [title, note, badge ? `${badge} 条未处理` : ''].filter(Boolean).join('，') })}
    >
      <Text className='tile__icon' aria-hidden='true'>
        {icon}
      </Text>
      <Text className='tile__title'>{title}</Text>
      {note && !compact ? <Text className='tile__note'>{note}</Text> : null}
      {badge ? <Text className='tile__badge'>{badge > 99 ? '99+' : badge}</Text> : null}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '../a11y'
import './index.scss'

type Props = {
  title?: ReactNode
  extra?: ReactNode
  id?: string
  onClick?: () => void
  dim?: boolean
  children: ReactNode
}

/** A white block with an optional heading; tappable when given onClick. */
export function Card({ title, extra, id, onClick, dim, children }: Props) {
  return (
    <View
      id={id}
      className={`card${onClick ? ' card--tap' : ''}${dim ? ' card--dim' : ''}`}
      hoverClass={onClick ? 'card--pressed' : 'none'}
      onClick={onClick}
      {...(onClick ? a11y({ role: 'button' }) : {})}
    >
      {title || extra ? (
        <View className='card__head'>
          <Text className='card__title'>{title}</Text>
          {extra}
        </View>
      ) : null}
      {children}
    </View>
  )
}

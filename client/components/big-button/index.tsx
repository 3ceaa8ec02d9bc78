import Button from '@nutui/nutui-react-taro/dist/esm/Button'
import '@nutui/nutui-react-taro/dist/esm/Button/style/css'
import type { ReactNode } from 'react'
import './index.scss'

type Props = {
  id: string
  children: ReactNode
  onClick?: () => void
  kind?: 'primary' | 'default' | 'danger' | 'success'
  loading?: boolean
  disabled?: boolean
}

/** A full-width button, 104px tall at the 750 design width, easy to hit with a thumb. */
export function BigButton({ id, children, onClick, kind = 'primary', loading, disabled }: Props) {
  return (
    <Button
      id={id}
      className={`big-button big-button--${kind}`}
      type={kind}
      fill={kind === 'default' ? 'outline' : 'solid'}
      size='large'
      block
      loading={loading}
      disabled={disabled}
      onClick={() => onClick?.()}
    >
      {children}
    </Button>
  )
}

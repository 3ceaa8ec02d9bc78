import { Text, View } from '@tarojs/components'
import Dialog from '@nutui/nutui-react-taro/dist/esm/Dialog'
import '@nutui/nutui-react-taro/dist/esm/Dialog/style/css'
import { BigButton } from '../big-button'
import './index.scss'

type Props = {
  /** Ids: `${id}-text`, `${id}-ok`, `${id}-cancel`. */
  id: string
  visible: boolean
  title: string
  /** What the step does, in words, so nobody closes a case by a slip of the thumb. */
  text: string
  okLabel?: string
  danger?: boolean
  onOk: () => void
  onCancel: () => void
}

/** A step that cannot be undone asks once more, in words, with big buttons. */
export function ConfirmDialog({ id, visible, title, text, okLabel = '确认', danger, onOk, onCancel }: Props) {
  return (
    <Dialog
      visible={visible}
      title={title}
      closeOnOverlayClick={false}
      onClose={onCancel}
      footer={
        <View className='confirm-dialog__footer'>
          <View className='confirm-dialog__button'>
            <BigButton id={`${id}-cancel`} kind='default' onClick={onCancel}>
              再想想
            </BigButton>
          </View>
          <View className='confirm-dialog__button'>
            <BigButton id={`${id}-ok`} kind={danger ? 'danger' : 'primary'} onClick={onOk}>
              {okLabel}
            </BigButton>
          </View>
        </View>
      }
    >
      <Text className='confirm-dialog__text' id={`${id}-text`}>
        {text}
      </Text>
    </Dialog>
  )
}

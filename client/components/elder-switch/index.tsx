import { Text, View } from '@tarojs/components'
import { useElderMode } from '../../hooks/useElderMode'
import { a11y } from '../a11y'
import './index.scss'

const LABEL = '关怀模式'

/** The 关怀模式 switch on the home page: larger text and buttons on every page, remembered on this phone. */
export function ElderSwitch() {
  const [on, setOn] = useElderMode()
  return (
    <View
      id='elder-switch'
      className={`elder-switch${on ? ' elder-switch--on' : ''}`}
      onClick={() => setOn(!on)}
      {...a11y({ role: 'switch', label: `${LABEL}（大字大按钮）`, checked: on })}
    >
      <View className='elder-switch__text'>
        <Text className='elder-switch__label'>{LABEL}</Text>
        <Text className='elder-switch__note'>{on ? '已打开：大字大按钮' : '打开后字更大、按钮更大'}</Text>
      </View>
      <View className='elder-switch__track'>
        <View className='elder-switch__thumb' />
      </View>
    </View>
  )
}

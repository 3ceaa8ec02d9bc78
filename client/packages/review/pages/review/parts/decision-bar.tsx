import { Text, View } from '@tarojs/components'
import type { Decision } from '@shared/api/review.api'
import { BigButton } from '../../../../../components/big-button'

export type DecisionDef = { value: Decision; label: string; kind: 'success' | 'default' | 'danger'; confirm: string }

type Props = {
  decisions: readonly DecisionDef[]
  busy: boolean
  /** The day a running publicity ends; approval waits for the day after. */
  waitUntil: string | null
  /** A refusal or a network failure of the last tap, shown right above the buttons where the eye is. */
  error: string | null
  onPick: (d: Decision) => void
}

/** Approve / return / reject, fixed at the bottom of the screen so the official never scrolls to find them. */
export function DecisionBar({ decisions, busy, waitUntil, error, onPick }: Props) {
  return (
    <View className='decision-bar' id='decision-bar' role='toolbar' ariaLabel='审核决定'>
      {waitUntil ? (
        <Text className='decision-bar__note' id='decide-publicity'>
          公示至 {waitUntil}，期满后才能通过或退回农户
        </Text>
      ) : null}
      {error ? (
        <Text className='decision-bar__error' id='decide-error' aria-live='assertive'>
          {error}
        </Text>
      ) : null}
      <View className={`decision-bar__row${decisions.length > 2 ? ' decision-bar__row--wrap' : ''}`}>
        {decisions.map((d) => (
          <View key={d.value} className='decision-bar__button'>
            <BigButton
              id={`decide-${d.value}`}
              kind={d.kind}
              loading={busy}
              // Approving, and returning to the applicant (who then comes straight back), wait for the publicity.
              disabled={(d.value === 'approve' || d.value === 'return') && !!waitUntil}
              onClick={() => onPick(d.value)}
            >
              {d.label}
            </BigButton>
          </View>
        ))}
      </View>
    </View>
  )
}

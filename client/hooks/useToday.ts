import { useEffect, useState } from 'react'
import { todayInShanghai } from '@shared/domain/dates'
import { getMe } from '../services/me'

/**
 * The legal date as the server counts it. A phone's clock may be wrong, and every rule (publicity
 * windows, payment dates) is judged on the server's day; the phone's date only fills in until it answers.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => todayInShanghai(new Date()))
  useEffect(() => {
    let live = true
    getMe()
      .then((me) => live && setToday(me.today))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return today
}

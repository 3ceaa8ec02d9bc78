import { useRef } from 'react'
import { newIntent } from '../services/call-core'

/**
 * One request id per thing the person means to do: made when they tap, kept while they tap again after a
 * network error (so the server changes things once), and replaced once the action succeeded or the input changed.
 */
export function useIntent() {
  const current = useRef<{ id: string; input: string } | null>(null)
  return {
    idFor(input: unknown): string {
      const key = JSON.stringify(input ?? null)
      if (!current.current || current.current.input !== key) current.current = { id: newIntent(), input: key }
      return current.current.id
    },
    done(): void {
      current.current = null
    },
  }
}

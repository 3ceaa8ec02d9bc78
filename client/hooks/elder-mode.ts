/**
 * 关怀模式 (elder mode), without Taro: what the mode is when the person has not chosen, and how their choice is kept.
 * The hook (useElderMode.ts) binds this to Taro storage and WeChat's font setting.
 */

export const ELDER_KEY = 'anju.elder'

/** WeChat's standard text is 16–17 px; from 20 px up the person has asked for large text. */
export const LARGE_FONT_PX = 20

export type KeyValue = {
  get(key: string): unknown
  set(key: string, value: string): void
}

/** On by default when the phone's (WeChat's) font setting is large; off when unknown (H5, old base library). */
export function elderByDefault(fontSizeSetting: number | undefined | null): boolean {
  return typeof fontSizeSetting === 'number' && Number.isFinite(fontSizeSetting) && fontSizeSetting >= LARGE_FONT_PX
}

/** The person's own choice wins over the default; anything unreadable in storage counts as no choice. */
export function readElder(store: KeyValue, fontSizeSetting: number | undefined | null): boolean {
  const saved = store.get(ELDER_KEY)
  if (saved === 'on') return true
  if (saved === 'off') return false
  return elderByDefault(fontSizeSetting)
}

export function saveElder(store: KeyValue, on: boolean): void {
  store.set(ELDER_KEY, on ? 'on' : 'off')
}

/** One value shared by every mounted page: switching on the home page changes the pages behind it too. */
export function elderState(initial: () => boolean) {
  let value: boolean | null = null
  const listeners = new Set<(on: boolean) => void>()
  return {
    get(): boolean {
      value ??= initial()
      return value
    },
    set(on: boolean): void {
      value = on
      for (const l of listeners) l(on)
    },
    subscribe(listener: (on: boolean) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

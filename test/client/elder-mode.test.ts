import { ELDER_KEY, elderByDefault, elderState, type KeyValue, readElder, saveElder } from '../../client/hooks/elder-mode'

const memory = (initial: Record<string, unknown> = {}): KeyValue & { data: Record<string, unknown> } => {
  const data = { ...initial }
  return {
    data,
    get: (k) => data[k],
    set: (k, v) => {
      data[k] = v
    },
  }
}

describe('elder mode', () => {
  it('is on by default only when the WeChat font setting is large', () => {
    expect(elderByDefault(16)).toBe(false)
    expect(elderByDefault(17)).toBe(false)
    expect(elderByDefault(20)).toBe(true)
    expect(elderByDefault(28)).toBe(true)
    expect(elderByDefault(undefined)).toBe(false)
    expect(elderByDefault(Number.NaN)).toBe(false)
  })

  it("keeps the person's choice over the default", () => {
    expect(readElder(memory({ [ELDER_KEY]: 'off' }), 24)).toBe(false)
    expect(readElder(memory({ [ELDER_KEY]: 'on' }), 16)).toBe(true)
    expect(readElder(memory({ [ELDER_KEY]: 'garbage' }), 24)).toBe(true)
    expect(readElder(memory(), 16)).toBe(false)
  })

  it('remembers a choice so the next visit reads it back', () => {
    const store = memory()
    saveElder(store, true)
    expect(readElder(store, 16)).toBe(true)
    saveElder(store, false)
    expect(readElder(store, 28)).toBe(false)
  })

  it('tells every page when it changes and reads the default only once', () => {
    const initial = jest.fn(() => false)
    const state = elderState(initial)
    const seen: boolean[] = []
    const stop = state.subscribe((on) => seen.push(on))
    expect(state.get()).toBe(false)
    state.set(true)
    expect(state.get()).toBe(true)
    stop()
    state.set(false)
    expect(seen).toEqual([true])
    expect(initial).toHaveBeenCalledTimes(1)
  })
})

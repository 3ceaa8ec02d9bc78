import { coalesce } from '../../../cloudfunctions/_local/coalesce'

/** A pass the test finishes by hand, to hold it open while more callers arrive. */
function passes() {
  const started: Array<() => void> = []
  let running = 0
  let overlapped = false
  const work = () =>
    new Promise<void>((done) => {
      running++
      if (running > 1) overlapped = true
      started.push(() => {
        running--
        done()
      })
    })
  return { work, started, overlapped: () => overlapped }
}

const tick = () => new Promise((r) => setImmediate(r))

describe('coalesce', () => {
  it('runs one pass for one caller', async () => {
    const p = passes()
    const call = coalesce(p.work)
    const done = call()
    await tick()
    expect(p.started).toHaveLength(1)
    p.started[0]!()
    await done
  })

  it('makes callers who arrive during a pass share exactly one more pass, never overlapping', async () => {
    const p = passes()
    const call = coalesce(p.work)
    const first = call()
    await tick()
    const late = Array.from({ length: 16 }, () => call())
    await tick()
    expect(p.started).toHaveLength(1)

    let lateDone = false
    void Promise.all(late).then(() => (lateDone = true))
    p.started[0]!()
    await first
    await tick()
    expect(p.started).toHaveLength(2)
    expect(lateDone).toBe(false) // they wait for the pass that began after they asked
    p.started[1]!()
    await Promise.all(late)
    expect(p.overlapped()).toBe(false)
  })

  it('starts afresh once the shared pass has begun', async () => {
    const p = passes()
    const call = coalesce(p.work)
    void call()
    await tick()
    const joined = call()
    p.started[0]!()
    await tick()
    const after = call() // the second pass has started: this one needs a third
    expect(after).not.toBe(joined)
    p.started[1]!()
    await joined
    await tick()
    p.started[2]!()
    await after
    expect(p.started).toHaveLength(3)
  })

  it('keeps going after a pass fails', async () => {
    let n = 0
    const call = coalesce(async () => {
      n++
      if (n === 1) throw new Error('sender down')
    })
    await expect(call()).rejects.toThrow('sender down')
    await expect(call()).resolves.toBeUndefined()
  })
})

import { api } from '@shared/api'
import { ApiError, NETWORK_MESSAGE, fieldErrorsOf, unwrap } from '../../client/services/api-error'
import { cloudSend, httpSend, makeCall, newIntent } from '../../client/services/call-core'

type Sent = { url: string; headers: Record<string, string>; body: unknown }

/** A stand-in for fetch that records the request and answers with a fixed body. */
function fakeFetch(answer: unknown, status = 200) {
  const sent: Sent[] = []
  const fetchImpl = async (url: string, init: { headers: Record<string, string>; body: string }) => {
    sent.push({ url, headers: init.headers, body: JSON.parse(init.body) })
    return { status, text: async () => (typeof answer === 'string' ? answer : JSON.stringify(answer)) }
  }
  return { fetchImpl, sent }
}

describe('call over HTTP (H5)', () => {
  it('posts the action body to /api/<fn> with the bearer token and returns data', async () => {
    const { fetchImpl, sent } = fakeFetch({ ok: true, data: { items: [], next: null } })
    const call = makeCall(httpSend(fetchImpl, () => 'tok-1'))
    const page = await call(api.review.inbox, { limit: 5 })
    expect(page).toEqual({ items: [], next: null })
    expect(sent).toEqual([
      {
        url: '/api/review',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok-1' },
        body: { action: 'inbox', limit: 5 },
      },
    ])
  })

  it('sends no Authorization header without a token', async () => {
    const { fetchImpl, sent } = fakeFetch({ ok: true, data: { items: [], next: null } })
    await makeCall(httpSend(fetchImpl, () => null))(api.publicity.board, {})
    expect(sent[0].headers.Authorization).toBeUndefined()
    expect(sent[0].body).toEqual({ action: 'board' })
  })

  it('turns an error envelope into a typed ApiError with code, message and details', async () => {
    const details = { closesOn: '2025-12-01' }
    const { fetchImpl } = fakeFetch({
      ok: false,
      error: { code: 'PUBLICITY_RUNNING', message: '公示期未满，12月2日起可审核', details },
    })
    const call = makeCall(httpSend(fetchImpl, () => 't'))
    const err = await call(api.review.decide, { caseId: 'c1', decision: 'approve' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'PUBLICITY_RUNNING', message: '公示期未满，12月2日起可审核', details })
  })

  it('calls onUnauthenticated once and still throws on UNAUTHENTICATED', async () => {
    const { fetchImpl } = fakeFetch({ ok: false, error: { code: 'UNAUTHENTICATED', message: '未能识别微信身份' } })
    const onUnauthenticated = jest.fn()
    const call = makeCall(
      httpSend(fetchImpl, () => 'stale'),
      { onUnauthenticated },
    )
    await expect(call(api.user.messages, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('never sends the caller of a public action to sign in', async () => {
    const { fetchImpl } = fakeFetch({ ok: false, error: { code: 'UNAUTHENTICATED', message: '未能识别微信身份' } })
    const onUnauthenticated = jest.fn()
    const call = makeCall(
      httpSend(fetchImpl, () => null),
      { onUnauthenticated },
    )
    await expect(call(api.publicity.board, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('does not call onUnauthenticated for other refusals', async () => {
    const { fetchImpl } = fakeFetch({ ok: false, error: { code: 'FORBIDDEN', message: '无权进行此操作' } })
    const onUnauthenticated = jest.fn()
    await expect(
      makeCall(
        httpSend(fetchImpl, () => 't'),
        { onUnauthenticated },
      )(api.payment.payable, {}),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('reports a body that is not JSON (a proxy error page) as INTERNAL', async () => {
    const { fetchImpl } = fakeFetch('<html>502 Bad Gateway</html>', 502)
    await expect(makeCall(httpSend(fetchImpl, () => null))(api.user.me, {})).rejects.toMatchObject({ code: 'INTERNAL' })
  })

  it('reports a network failure as INTERNAL with a message for the person', async () => {
    const call = makeCall(async () => {
      throw new TypeError('Failed to fetch')
    })
    const err = (await call(api.user.me, {}).catch((e: unknown) => e)) as ApiError
    expect(err.code).toBe('INTERNAL')
    expect(err.message).toMatch(/网络/)
  })
})

describe('call through wx.cloud (weapp)', () => {
  it('calls the function named by the contract with { action, ...input } and unwraps result', async () => {
    const calls: unknown[] = []
    const send = cloudSend(async (opts) => {
      calls.push(opts)
      return { result: { ok: true, data: { updated: 2 } } }
    })
    const out = await makeCall(send)(api.user.markRead, { ids: ['m1', 'm2'] }, { requestId: 'intent-0001' })
    expect(out).toEqual({ updated: 2 })
    expect(calls).toEqual([{ name: 'user', data: { action: 'markRead', ids: ['m1', 'm2'], requestId: 'intent-0001' } }])
  })

  it('lets the action name win over a stray `action` field in the input', async () => {
    let data: Record<string, unknown> = {}
    const send = cloudSend(async (opts) => {
      data = opts.data
      return { result: { ok: true, data: null } }
    })
    await makeCall(send)(api.user.me, { action: 'x' } as never)
    expect(data.action).toBe('me')
  })
})

describe('unwrap and field errors', () => {
  it('rejects a body that is not an envelope', () => {
    expect(() => unwrap({ hello: 1 })).toThrow(ApiError)
  })

  it('maps an unknown error code to INTERNAL but keeps the message', () => {
    expect(() => unwrap({ ok: false, error: { code: 'NEW_CODE', message: '新的错误' } })).toThrow(
      expect.objectContaining({ code: 'INTERNAL', message: '新的错误' }),
    )
  })

  it('falls back to the standard Chinese message when the server sends none', () => {
    expect(() => unwrap({ ok: false, error: { code: 'OVER_CAP', message: '' } })).toThrow('超过补助上限')
  })

  it('reads field messages from BAD_INPUT zod issues', () => {
    const err = new ApiError('BAD_INPUT', '输入有误', {
      issues: [
        { path: ['reason'], message: '请说明申请理由（至少4个字）' },
        { path: ['reason'], message: 'second' },
        { path: ['comment'], message: '退回或不予支持时请写明理由' },
      ],
    })
    expect(fieldErrorsOf(err)).toEqual({ reason: '请说明申请理由（至少4个字）', comment: '退回或不予支持时请写明理由' })
    expect(fieldErrorsOf(new ApiError('FORBIDDEN'))).toEqual({})
  })
})

describe('request ids and retries over a weak line', () => {
  const noPause = { retryDelaysMs: [500, 1500], sleep: async () => undefined }

  it('sends one request id with every try of a write and retries thrown send errors with it', async () => {
    const bodies: Array<Record<string, unknown>> = []
    const send = async (_fn: string, body: Record<string, unknown>) => {
      bodies.push(body)
      if (bodies.length < 3) throw new TypeError('Failed to fetch')
      return { ok: true, data: { updated: 1 } }
    }
    const pauses: number[] = []
    const call = makeCall(send, { ...noPause, sleep: async (ms) => void pauses.push(ms) })
    expect(await call(api.user.markRead, { ids: ['m1'] })).toEqual({ updated: 1 })
    expect(bodies).toHaveLength(3)
    expect(new Set(bodies.map((b) => b.requestId)).size).toBe(1)
    expect(String(bodies[0]!.requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(pauses).toEqual([500, 1500])
  })

  it('uses the caller’s intent id, gives up after three tries with a network message', async () => {
    let tries = 0
    const call = makeCall(async (_fn, body) => {
      tries++
      expect(body.requestId).toBe('intent-0001')
      throw new TypeError('offline')
    }, noPause)
    await expect(call(api.user.markRead, { ids: ['m1'] }, { requestId: 'intent-0001' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: NETWORK_MESSAGE,
    })
    expect(tries).toBe(3)
  })

  it('counts a try that never answers as a network failure', async () => {
    let tries = 0
    const call = makeCall(
      () => {
        tries++
        return tries === 1 ? new Promise(() => undefined) : Promise.resolve({ ok: true, data: { updated: 0 } })
      },
      { ...noPause, timeoutMs: 5 },
    )
    expect(await call(api.user.markRead, { ids: ['m1'] })).toEqual({ updated: 0 })
    expect(tries).toBe(2)
  })

  it('never retries an error envelope, and sends no request id with a read', async () => {
    const bodies: Array<Record<string, unknown>> = []
    const call = makeCall(async (_fn, body) => {
      bodies.push(body)
      return { ok: false, error: { code: 'FORBIDDEN', message: '无权进行此操作' } }
    }, noPause)
    await expect(call(api.user.markRead, { ids: ['m1'] })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(call(api.user.me, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(bodies).toHaveLength(2)
    expect(bodies[1]).toEqual({ action: 'me' })
  })

  it('makes a fresh id per call when the page gives none', async () => {
    const ids: unknown[] = []
    const call = makeCall(async (_fn, body) => {
      ids.push(body.requestId)
      return { ok: true, data: { updated: 0 } }
    })
    await call(api.user.markRead, { ids: ['m1'] })
    await call(api.user.markRead, { ids: ['m1'] })
    expect(ids[0]).not.toBe(ids[1])
    expect(newIntent()).not.toBe(newIntent())
  })
})

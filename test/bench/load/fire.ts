import autocannon from 'autocannon'
import { cpuSeconds } from './cpu'
import type { Call } from './scenarios'

export type LoadResult = {
  requests: number
  /** Answers that were not `{ ok: true, … }`: a run with any of these measured the wrong thing. */
  failures: number
  firstFailure: string | null
  p50: number
  p99: number
  rps: number
  /** CPU the server process spent per call, in µs. */
  cpuUsPerCall: number
}

export type LoadPlan = { url: string; connections: number; serverPid: number } & ({ seconds: number } | { amount: number })

/** Drives `POST url` with a fresh call each time and counts every answer that is not a success envelope. */
export async function fire(plan: LoadPlan, call: (i: number) => Call): Promise<LoadResult> {
  let sent = 0
  let failures = 0
  let firstFailure: string | null = null
  // From the first request sent to the last answer: autocannon's own clock ticks in whole seconds and a
  // fixed-count run ends on the tick after its last answer.
  let first = 0n
  let last = 0n
  const cpuBefore = cpuSeconds(plan.serverPid)
  const result = await autocannon({
    url: plan.url,
    // autocannon refuses more connections than calls
    connections: 'amount' in plan ? Math.max(1, Math.min(plan.connections, plan.amount)) : plan.connections,
    ...('seconds' in plan ? { duration: plan.seconds } : { amount: plan.amount }),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          if (sent === 0) first = process.hrtime.bigint()
          const { token, body } = call(sent++)
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          }
        },
        onResponse: (status, body) => {
          last = process.hrtime.bigint()
          if (status !== 200 || !body.startsWith('{"ok":true')) {
            failures++
            firstFailure ??= `${status} ${body.slice(0, 300)}`
          }
        },
      },
    ],
  })
  const seconds = Math.max(Number(last - first) / 1e9, 1e-6)
  const cpu = cpuSeconds(plan.serverPid) - cpuBefore
  return {
    requests: result.requests.total,
    failures: failures + result.errors + result.timeouts + result.non2xx,
    firstFailure: firstFailure ?? (result.errors ? `${result.errors} connection errors` : null),
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.total / seconds,
    cpuUsPerCall: (cpu * 1e6) / Math.max(result.requests.total, 1),
  }
}

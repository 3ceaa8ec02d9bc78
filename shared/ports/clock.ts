/** Now, as the use cases see it; the local server can move it for demos and tests. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

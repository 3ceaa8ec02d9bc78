/** Taro builds `route-chunk-retry.h5.ts` in place of this file; the mini-program has its pages on the phone. */
export function showRouteChunkFailures(): void {}

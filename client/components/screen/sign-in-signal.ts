/**
 * The call wrapper says "this caller has no identity" here, and the page shell on screen asks the person to sign in
 * in place (a notice with 登录), instead of the wrapper throwing them onto the login page without a word.
 */
const listeners = new Set<() => void>()

export function signInNeeded(): void {
  for (const l of listeners) l()
}

export function onSignInNeeded(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

import { signInNeeded } from '../components/screen/sign-in-signal'
import { httpSend, makeCall } from './call-core'
import { clearToken, getToken } from './session'

/** The page shell on screen asks the person to sign in where they are (and brings them back after). */
function toLogin() {
  clearToken()
  signInNeeded()
}

export const call = makeCall(
  httpSend((url, init) => fetch(url, init), getToken),
  { onUnauthenticated: toLogin },
)

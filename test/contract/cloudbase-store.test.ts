import { createCloudbaseStore } from '../../cloudfunctions/_lib/adapters/cloudbase/cloudbase-store'
import { describeDocumentStoreContract } from './document-store.contract'

/**
 * The DocumentStore contract against a real CloudBase env. Runs only when TCB_ENV_ID, TCB_SECRET_ID and
 * TCB_SECRET_KEY are all set; otherwise one passing test says why nothing ran (skips would hide in CI output).
 * Every test writes to fresh `ct_*` collections: use a test env, and delete them now and then (console or
 * @cloudbase/manager-node) — the server SDK cannot drop collections.
 */

const { TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env

if (TCB_ENV_ID && TCB_SECRET_ID && TCB_SECRET_KEY) {
  jest.setTimeout(180_000)
  describeDocumentStoreContract(`CloudBase env ${TCB_ENV_ID}`, async () => {
    const { init } = await import('@cloudbase/node-sdk')
    const app = init({ env: TCB_ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY })
    return { store: createCloudbaseStore(app), cleanup: async () => undefined }
  })
} else {
  console.log('CloudBase contract skipped: set TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY to run it against an env')
  describe('DocumentStore contract: CloudBase', () => {
    it('skipped: no CloudBase credentials', () => {
      expect(TCB_ENV_ID && TCB_SECRET_ID && TCB_SECRET_KEY).toBeFalsy()
    })
  })
}

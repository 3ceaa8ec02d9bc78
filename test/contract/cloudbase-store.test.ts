import { createCloudbaseStore } from '../../cloudfunctions/_lib/adapters/cloudbase/cloudbase-store'
import { describeDocumentStoreContract } from './document-store.contract'

/**
 * The DocumentStore contract against a real CloudBase env. Runs only when TCB_ENV_ID, TCB_SECRET_ID and
 * TCB_SECRET_KEY are all set; otherwise it is reported as skipped, with the reason in its title.
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
  describe.skip('DocumentStore contract: CloudBase', () => {
    it.skip('skipped: set TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY to run it against a CloudBase env', () => undefined)
  })
}

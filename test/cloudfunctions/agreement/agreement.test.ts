import { canonicalJson, sha256Hex } from '@shared/domain/audit/canonical'
import type { CasePlan } from '@shared/schemas/application'
import { col, withoutId } from '@shared/usecases/collections'
import { aCase } from '../../factories/case.factory'
import { snapshot, USERS } from '../../factories/world.factory'
import { dataOf, withWorld } from '../call'

const PLAN: CasePlan = {
  mode: 'rebuild',
  resettlement: null,
  areaM2: 60,
  subsidyFen: 4_800_000,
  startOn: '2026-12-01',
  finishBy: '2027-04-30',
  payTo: 'household',
  note: '',
  chosenById: 'u-farmer',
  chosenOn: '2026-11-20',
}

/** The case of hh-1 (village A1, township A) with its plan chosen, waiting for the three parties. */
const planned = (plan: Partial<CasePlan> = {}) => aCase('plan_chosen', { plan: { ...PLAN, ...plan } })

describe('agreement (三方协议)', () => {
  const t = withWorld('2026-11-23')
  const put = async (c = planned()) => {
    await col(t.world.store, 'cases').doc(c._id).set(withoutId(c))
    return c
  }
  const get = (who: string, caseId = 'case-1') => t.call('agreement', who, { action: 'get', caseId })
  const confirm = async (who: string, caseId = 'case-1', hash?: string) => {
    const documentHash = hash ?? dataOf(await get(who, caseId)).documentHash
    return t.call('agreement', who, { action: 'confirm', caseId, documentHash })
  }
  const stored = async () => (await col(t.world.store, 'cases').doc('case-1').get())!
  const records = () => col(t.world.store, 'agreements').where({ caseId: 'case-1' }).limit(10).get()

  describe('who may read it', () => {
    it.each([
      ['the household', USERS.farmer._id, 'household'],
      ['the village officials of its village', USERS.villageA1._id, 'village'],
      ['the township officials of its township', USERS.townshipA._id, 'township'],
      ['the county', USERS.county._id, null],
    ])('%s', async (_who, openid, party) => {
      await put()
      const view = dataOf(await get(openid))
      expect(view.yourParty).toBe(party)
      expect(view.canConfirm).toBe(party !== null)
      expect(view.document.parties.map((p: { name: string }) => p.name)).toEqual(['甲镇人民政府', '甲一村村民委员会', '张三'])
      expect(view.document.sections.at(-1).lines.at(-1).text).toContain('报罗庄区农村危房改造工作领导小组一份')
    })

    it.each([
      ['another household of the county', USERS.farmer2._id, 'NOT_FOUND'],
      ['the officials of another village of the same township', USERS.villageA2._id, 'NOT_FOUND'],
      ['the officials of another township', USERS.townshipB._id, 'NOT_FOUND'],
      ['finance', USERS.finance._id, 'FORBIDDEN'],
      ['the appraiser', USERS.appraiser._id, 'FORBIDDEN'],
      ['the administrator', USERS.admin._id, 'FORBIDDEN'],
    ])('not %s', async (_who, openid, code) => {
      await put()
      for (const action of ['get', 'pdf']) {
        const answer = await t.call('agreement', openid, { action, caseId: 'case-1' })
        expect(answer).toMatchObject({ ok: false, error: { code } })
      }
    })

    it('a farmer of the same village but another household gets NOT_FOUND, as for a missing case', async () => {
      await put(aCase('plan_chosen', { plan: PLAN, householdId: 'hh-9' }))
      expect(await get(USERS.farmer._id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(await get(USERS.farmer._id, 'no-such-case')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    })

    it('there is no agreement before the plan is chosen', async () => {
      await put(aCase('county_approved'))
      expect(await get(USERS.farmer._id)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    })
  })

  describe('confirming', () => {
    it('records who confirmed, when, and the hash of exactly the text they read', async () => {
      await put()
      const read = dataOf(await get(USERS.farmer._id))
      expect(read.documentHash).toBe(sha256Hex(canonicalJson(read.document)))
      const view = dataOf(await confirm(USERS.farmer._id, 'case-1', read.documentHash))
      expect(view.parties.map((p: { confirmed: boolean }) => p.confirmed)).toEqual([false, false, true])
      expect(view.parties[2]).toMatchObject({ label: '丙方', byName: '张三', on: '2026-11-23' })
      expect(view.canConfirm).toBe(false)
      expect((await stored()).agreementConfirmedBy).toEqual(['household'])
      expect((await stored()).state).toBe('plan_chosen')
      const [record, ...more] = await records()
      expect(more).toEqual([])
      expect(record).toMatchObject({
        party: 'household',
        userId: USERS.farmer._id,
        userName: '张三',
        role: 'farmer',
        documentHash: read.documentHash,
        on: '2026-11-23',
      })
    })

    it('is idempotent: a party confirming again changes nothing', async () => {
      await put()
      const first = dataOf(await confirm(USERS.villageA1._id))
      const before = await snapshot(t.world.store)
      const again = dataOf(await confirm(USERS.villageA1._id))
      expect(again).toEqual(first)
      expect(await snapshot(t.world.store)).toEqual(before)
    })

    it('the third confirmation signs: the case moves to agreement_signed by sign_agreement', async () => {
      await put()
      dataOf(await confirm(USERS.townshipA._id))
      dataOf(await confirm(USERS.villageA1._id))
      expect((await stored()).state).toBe('plan_chosen')
      const signed = dataOf(await confirm(USERS.farmer._id))
      expect(signed).toMatchObject({ state: 'agreement_signed', signed: true, canConfirm: false })
      const c = await stored()
      expect(c.state).toBe('agreement_signed')
      expect(c.agreementConfirmedBy).toEqual(['township', 'village', 'household'])
      expect(c.history.at(-1)).toMatchObject({ from: 'plan_chosen', to: 'agreement_signed', event: 'sign_agreement' })
      expect((await records()).map((r) => r.party).sort()).toEqual(['household', 'township', 'village'])
      // Entering agreement_signed tells the household.
      const outbox = await col(t.world.store, 'notifications').where({ recipientId: USERS.farmer._id }).limit(10).get()
      expect(outbox.map((m) => m.fields.state)).toContain('已签协议')
      // Once signed, a party's repeat is still a quiet no-op.
      expect(dataOf(await confirm(USERS.villageA1._id)).state).toBe('agreement_signed')
    })

    it('two confirmations do not sign', async () => {
      await put()
      dataOf(await confirm(USERS.farmer._id))
      const view = dataOf(await confirm(USERS.townshipA._id))
      expect(view.signed).toBe(false)
      expect(view.parties.map((p: { confirmed: boolean }) => p.confirmed)).toEqual([true, false, true])
    })

    it('refuses a confirmation of a text that is not the current one, and changes nothing', async () => {
      await put()
      const before = await snapshot(t.world.store)
      const answer = await confirm(USERS.farmer._id, 'case-1', 'a'.repeat(64))
      expect(answer).toMatchObject({ ok: false, error: { code: 'AGREEMENT_CHANGED' } })
      expect(await snapshot(t.world.store)).toEqual(before)
    })

    it('a confirmation refers to its text: after the plan changes, an earlier confirmation no longer counts', async () => {
      await put()
      const old = dataOf(await get(USERS.villageA1._id)).documentHash
      dataOf(await confirm(USERS.villageA1._id))
      dataOf(await confirm(USERS.townshipA._id))
      // The plan changes without the confirmations being cleared: they name the old text, so they are not counted.
      const changed = planned({ subsidyFen: 4_500_000 })
      await put({ ...changed, agreementConfirmedBy: ['village', 'township'] })
      const view = dataOf(await get(USERS.farmer._id))
      expect(view.documentHash).not.toBe(old)
      expect(view.parties.map((p: { confirmed: boolean }) => p.confirmed)).toEqual([false, false, false])
      expect(await confirm(USERS.farmer._id, 'case-1', old)).toMatchObject({ ok: false, error: { code: 'AGREEMENT_CHANGED' } })
      const after = dataOf(await confirm(USERS.farmer._id))
      expect(after.state).toBe('plan_chosen')
      expect((await stored()).agreementConfirmedBy).toEqual(['household'])
    })

    it('the county reads the agreement but confirms for no party', async () => {
      await put()
      const hash = dataOf(await get(USERS.county._id)).documentHash
      expect(await confirm(USERS.county._id, 'case-1', hash)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    })

    it('outside the parties a confirmation is answered as for a missing case', async () => {
      await put()
      const hash = dataOf(await get(USERS.farmer._id)).documentHash
      for (const who of [USERS.farmer2._id, USERS.villageA2._id, USERS.townshipB._id]) {
        expect(await confirm(who, 'case-1', hash)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      }
      expect(await records()).toEqual([])
    })

    it('a case not waiting for signatures cannot be confirmed', async () => {
      await put(aCase('under_construction', { plan: PLAN, agreementConfirmedBy: ['township', 'village'] }))
      const hash = dataOf(await get(USERS.farmer._id)).documentHash
      expect(await confirm(USERS.farmer._id, 'case-1', hash)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_TRANSITION' },
      })
    })
  })

  describe('the PDF', () => {
    it('is a PDF with the CJK font embedded, for each party and the county', async () => {
      await put()
      dataOf(await confirm(USERS.farmer._id))
      for (const who of [USERS.farmer._id, USERS.villageA1._id, USERS.townshipA._id, USERS.county._id]) {
        const pdf = dataOf(await t.call('agreement', who, { action: 'pdf', caseId: 'case-1' }))
        expect(pdf).toMatchObject({ contentType: 'application/pdf', fileName: `agreement-${planned().caseNo}.pdf` })
        const bytes = Buffer.from(pdf.base64, 'base64')
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        const text = bytes.toString('latin1')
        // A TrueType font program embedded as a subset (pdfkit names it XXXXXX+Face).
        expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/)
        expect(text).toContain('/FontFile2')
        expect(pdf.documentHash).toBe(dataOf(await get(who)).documentHash)
      }
    }, 30_000)
  })
})

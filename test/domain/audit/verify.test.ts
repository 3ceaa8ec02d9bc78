import { canonicalJson } from '@shared/domain/audit/canonical'
import { changedFields, entryHash } from '@shared/domain/audit/entry'
import { verifyChain } from '@shared/domain/audit/verify'
import { aChain, headOf } from '../../factories/audit.factory'

describe('canonical JSON', () => {
  it('is the same text whatever the key order, without undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: undefined }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2 }] }, b: 1 }),
    )
    expect(canonicalJson({ b: 1, a: '张' })).toBe('{"a":"张","b":1}')
  })
})

describe('changed fields', () => {
  it('keeps only the top-level fields that differ', () => {
    expect(
      changedFields({ _id: 'c', a: 1, b: { x: 1 }, c: 'same' }, { _id: 'c', a: 2, b: { x: 1 }, c: 'same', d: true }),
    ).toEqual({
      before: { a: 1 },
      after: { a: 2, d: true },
    })
    expect(changedFields({ _id: 'c', a: 1 }, { _id: 'c', a: 1 })).toBeNull()
    expect(changedFields(null, { _id: 'c', a: 1 })).toEqual({ before: null, after: { a: 1 } })
    expect(changedFields({ _id: 'c', a: 1 }, null)).toEqual({ before: { a: 1 }, after: null })
  })
})

describe('the chain verifier', () => {
  it('passes a clean chain, and an empty one', () => {
    const chain = aChain(5)
    expect(verifyChain(chain, headOf(chain))).toBeNull()
    expect(verifyChain([], null)).toBeNull()
  })

  it('names the entry whose content was altered', () => {
    const chain = aChain(5)
    chain[2] = { ...chain[2]!, changes: [{ collection: 'cases', id: 'case-3', before: { paidFen: 0 }, after: { paidFen: 1 } }] }
    expect(verifyChain(chain, headOf(chain))).toMatchObject({ kind: 'altered', seq: 3, id: '000000000003' })
  })

  it('sees an entry rewritten and rehashed by someone who cannot rewrite the rest: the next link breaks', () => {
    const chain = aChain(4)
    const { _id, hash, ...content } = chain[1]!
    void hash
    const forged = { ...content, actor: { id: 'x', name: '别人', role: 'finance', openid: 'x' } }
    const tampered = [chain[0]!, { _id, ...forged, hash: entryHash(forged) }, ...chain.slice(2)]
    expect(verifyChain(tampered, headOf(chain))).toMatchObject({ kind: 'reordered', seq: 3 })
  })

  it('names the first missing entry when one was removed from the middle or the end', () => {
    const chain = aChain(5)
    expect(verifyChain([...chain.slice(0, 2), ...chain.slice(3)], headOf(chain))).toMatchObject({ kind: 'removed', seq: 3 })
    expect(verifyChain(chain.slice(0, 4), headOf(chain))).toMatchObject({ kind: 'removed', seq: 5 })
    expect(verifyChain([], headOf(chain))).toMatchObject({ kind: 'removed', seq: 1 })
  })

  it('names the place where entries were reordered', () => {
    const chain = aChain(5)
    const [third, fourth] = [chain[2]!, chain[3]!]
    const swappedKeys = [...chain.slice(0, 2), { ...fourth, _id: third._id }, { ...third, _id: fourth._id }, chain[4]!]
    expect(verifyChain(swappedKeys, headOf(chain))).toMatchObject({ kind: 'reordered', seq: 3 })
  })
})

import { link, paramsOf, pathOf, routeOf } from '@shared/routes'

/** Route names and their parameters, once: links carry exactly the parameters the page reads. */
describe('routes', () => {
  it('builds links with exactly the route parameters, encoded', () => {
    expect(link('case', { caseId: 'a b&c' })).toBe('/pages/case/index?caseId=a%20b%26c')
    expect(link('inbox')).toBe('/packages/review/pages/inbox/index')
    expect(pathOf('board')).toBe('/pages/board/index')
  })

  it('type-checks the parameters of a link', () => {
    // @ts-expect-error the case page reads caseId, not id
    link('case', { id: 'c1' })
    // @ts-expect-error the case page needs its caseId
    link('case')
    // @ts-expect-error the board reads no parameters
    link('board', { caseId: 'c1' })
    expect(link('pay', { caseId: 'c1' })).toBe('/packages/finance/pages/pay/index?caseId=c1')
  })

  it('reads exactly the route parameters, a missing one as empty', () => {
    expect(paramsOf('case', { caseId: 'c1', id: 'other', $taroTimestamp: '1' })).toEqual({ caseId: 'c1' })
    expect(paramsOf('review', {})).toEqual({ caseId: '' })
    expect(paramsOf('board', { caseId: 'c1' })).toEqual({})
  })

  it('names the route of a page path, with or without slash and query', () => {
    expect(routeOf('/pages/case/index?caseId=c1')).toBe('case')
    expect(routeOf('packages/finance/pages/pay/index')).toBe('pay')
    expect(routeOf('/pages/nowhere/index')).toBeNull()
  })
})

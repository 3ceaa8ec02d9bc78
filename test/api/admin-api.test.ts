import { api } from '@shared/api'

describe('admin contracts', () => {
  const create = api.admin.createUser.input
  const user = { phone: '13900000077', role: 'village', regionPath: '371311.101.201' }

  it('stores a staff name without control or direction characters, which could disguise it in the records', () => {
    expect(create.parse({ ...user, name: '\u202e\u0000刘建国\u001b' }).name).toBe('刘建国')
  })

  it('refuses a name with nothing readable in it', () => {
    expect(create.safeParse({ ...user, name: '\u0000\u202e' }).success).toBe(false)
    expect(create.safeParse({ ...user, name: '' }).success).toBe(false)
  })
})

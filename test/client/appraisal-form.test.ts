import { beijingTime } from '../../client/utils/format'
import { historyOf } from '../../client/utils/grade-history'
import {
  type OrderForm,
  pastedLines,
  type RecordForm,
  validateOrderForm,
  validateRecordForm,
} from '../../client/utils/appraisal-form'
import { aGrade, aHouse } from '../factories/house.factory'

const photo = { id: 'up-1', url: 'blob:1', place: '东山墙', takenAt: '2026-11-23T02:00:00.000Z', latitude: 35, longitude: 118 }
const record: RecordForm = { appraisalId: 'a-1', grade: 'C', on: '2026-11-23', reportFileId: 'up-r', photos: [photo], note: '' }

describe('appraisal record form', () => {
  it('builds the RecordAppraisalInput the contract takes, photos with place, time and position', () => {
    expect(validateRecordForm(record)).toEqual({
      ok: true,
      input: {
        appraisalId: 'a-1',
        grade: 'C',
        on: '2026-11-23',
        reportFileId: 'up-r',
        photos: [{ uploadId: 'up-1', place: '东山墙', takenAt: '2026-11-23T02:00:00.000Z', latitude: 35, longitude: 118 }],
        note: '',
      },
    })
  })

  it('names a missing grade, report and photos in plain Chinese, and a photo without its place by the photo', () => {
    const r = validateRecordForm({ ...record, grade: null, reportFileId: null, photos: [] })
    expect(r).toEqual({
      ok: false,
      errors: { grade: '请选择鉴定等级', reportFileId: '请上传鉴定报告（PDF或纸质报告的照片）', photos: '请至少拍一张现场照片' },
    })
    const unplaced = validateRecordForm({ ...record, photos: [{ ...photo, place: '' }] })
    expect(unplaced.ok === false && unplaced.errors.places).toEqual({ 'up-1': '请填写拍摄部位' })
  })
})

describe('appraisal order form', () => {
  const order: OrderForm = {
    scope: 'house',
    houseId: 'house-1',
    villagePath: '371311.101.201',
    pasted: '',
    appraiserId: 'u-appraiser',
    dueOn: '2026-12-20',
    note: '',
  }

  it('splits a pasted list on lines, commas and spaces, without blanks or repeats', () => {
    expect(pastedLines('张三\n李四，王五、 张三\n\n')).toEqual(['张三', '李四', '王五'])
  })

  it('orders one house, the village’s target groups, named households, or pasted house numbers', () => {
    const base = { appraiserId: 'u-appraiser', dueOn: '2026-12-20', note: '' }
    expect(validateOrderForm(order)).toEqual({ ok: true, input: { houseIds: ['house-1'], ...base } })
    expect(validateOrderForm({ ...order, scope: 'village' })).toEqual({
      ok: true,
      input: { villagePath: '371311.101.201', ...base },
    })
    expect(validateOrderForm({ ...order, scope: 'names', pasted: '张三 李四' })).toEqual({
      ok: true,
      input: { villagePath: '371311.101.201', householdNames: ['张三', '李四'], ...base },
    })
    expect(validateOrderForm({ ...order, scope: 'ids', pasted: 'o1\no2' })).toEqual({
      ok: true,
      input: { houseIds: ['o1', 'o2'], ...base },
    })
  })

  it('asks for the scope, the appraiser and a list where one is needed', () => {
    expect(validateOrderForm({ ...order, scope: null, appraiserId: null })).toEqual({
      ok: false,
      errors: { scope: '请选择委托哪些房屋', appraiserId: '请选择鉴定机构' },
    })
    expect(validateOrderForm({ ...order, scope: 'names' })).toEqual({
      ok: false,
      errors: { pasted: '请粘贴或输入名单，每行一个' },
    })
    const tooMany = Array.from({ length: 101 }, (_, i) => `o${i}`).join('\n')
    expect(validateOrderForm({ ...order, scope: 'ids', pasted: tooMany })).toEqual({
      ok: false,
      errors: { pasted: '一次最多委托100户' },
    })
  })
})

describe('grade history', () => {
  it('lists every grade and every accepted proof of safety, newest first', () => {
    const house = aHouse({
      grades: [aGrade('D', '2019-05-01'), aGrade('B', '2024-03-01')],
      safetyProofs: [{ reason: 'renovated_since_2018', on: '2025-06-01', by: '周镇', appraisalId: 'a-9' }],
    })
    expect(historyOf(house).map((l) => [l.on, l.tone])).toEqual([
      ['2025-06-01', 'proof'],
      ['2024-03-01', 'safe'],
      ['2019-05-01', 'danger'],
    ])
    expect(historyOf(house)[1]?.what).toBe('鉴定为 B级（基本安全）')
  })
})

describe('photo time', () => {
  it('shows when a photo was taken in Beijing time, whatever the phone’s zone', () => {
    expect(beijingTime('2026-11-23T18:30:00.000Z')).toBe('2026年11月24日 02:30')
    expect(beijingTime('not a time')).toBe('not a time')
  })
})

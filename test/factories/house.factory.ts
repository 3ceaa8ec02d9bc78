import type { z } from 'zod'
import { regionRefOf } from '@shared/domain/jurisdiction'
import { GradeRecord, House } from '@shared/schemas/house'
import type { Grade } from '@shared/schemas/house'
import { VILLAGE } from './household.factory'

/** Valid by default and owned by `aHousehold()` ('hh-1' lists 'house-1'); see household.factory.ts. */

export function aGrade(grade: Grade, on = '2025-03-01', overrides: Partial<z.input<typeof GradeRecord>> = {}) {
  return GradeRecord.parse({ grade, on, by: '临沂市房屋安全鉴定中心', ...overrides })
}

export function aHouse(overrides: Partial<z.input<typeof House>> = {}): House {
  const regionPath = overrides.regionPath ?? VILLAGE
  return House.parse({
    _id: 'house-1',
    householdId: 'hh-1',
    regionPath,
    region: regionRefOf(regionPath),
    address: '罗庄街道前村12号',
    structure: 'adobe',
    builtYear: 1982,
    floorAreaM2: 72.5,
    grades: [aGrade('D')],
    inspections: [],
    renovations: [],
    ...overrides,
  })
}

/** A house whose latest appraisal is `grade`; pass `grades` to give it a history instead. */
export function aHouseGraded(grade: Grade, overrides: Partial<z.input<typeof House>> = {}): House {
  return aHouse({ grades: [aGrade(grade)], ...overrides })
}

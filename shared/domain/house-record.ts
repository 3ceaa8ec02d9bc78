import type { House } from '../schemas/house'

/** The grade in force is the most recent appraisal, whatever order the records were entered in. */
export function latestGrade(house: Pick<House, 'grades'>): House['grades'][number] | null {
  let latest: House['grades'][number] | null = null
  for (const g of house.grades) if (!latest || g.on >= latest.on) latest = g
  return latest
}

import type { RegionPath, RegionRef } from '../schemas/common'

export type RegionLevel = 'county' | 'township' | 'village'

export function levelOf(path: RegionPath): RegionLevel {
  const depth = path.split('.').length
  return depth === 1 ? 'county' : depth === 2 ? 'township' : 'village'
}

/** An official may act on anything at or below their own node of the county → township → village tree. */
export function within(officialPath: RegionPath, targetPath: RegionPath): boolean {
  return targetPath === officialPath || targetPath.startsWith(`${officialPath}.`)
}

/** The ancestors of a village, stored on every record so each list filters by one equality. */
export function regionRefOf(villagePath: RegionPath): RegionRef {
  const [county, township, village] = villagePath.split('.')
  if (!county || !township || !village) throw new RangeError(`not a village path: ${villagePath}`)
  return { county, township: `${county}.${township}`, village: villagePath }
}

/** The RegionRef field that equals `path` for everything inside it. */
export function regionField(path: RegionPath): `region.${RegionLevel}` {
  return `region.${levelOf(path)}`
}

import type { Region } from '@shared/schemas/region'
import type { Rng } from './random'

export type VillagePlan = { path: string; name: string; townshipPath: string; countyPath: string; households: number }
export type RegionPlan = { regions: Region[]; villages: VillagePlan[] }

const NAME_HEADS = ['东', '西', '南', '北', '前', '后', '大', '小', '上', '下', '王', '李', '张', '刘', '陈', '杨', '赵', '黄']
const NAME_TAILS = ['庄', '岭', '河', '沟', '坡', '屯', '营', '集', '湾', '洼', '店', '堡', '桥', '寨', '峪', '台']

/**
 * A province-like tree sized to `households`: villages of 80–900 households (most near 300, as in the
 * plains of Shandong), 10–30 villages a township, 8–20 townships a county — the spread the lists see.
 */
export function planRegions(households: number, rng: Rng): RegionPlan {
  const regions: Region[] = []
  const villages: VillagePlan[] = []
  let left = households
  for (let ci = 0; left > 0; ci++) {
    const county = String(371301 + ci)
    regions.push({
      _id: county,
      name: `${NAME_HEADS[ci % NAME_HEADS.length]}${NAME_TAILS[ci % NAME_TAILS.length]}县`,
      level: 'county',
      parent: null,
    })
    const townships = rng.int(8, 20)
    for (let ti = 0; ti < townships && left > 0; ti++) {
      const township = `${county}.${101 + ti}`
      regions.push({ _id: township, name: `${rng.pick(NAME_HEADS)}${rng.pick(NAME_TAILS)}镇`, level: 'township', parent: county })
      const count = rng.int(10, 30)
      for (let vi = 0; vi < count && left > 0; vi++) {
        const path = `${township}.${201 + vi}`
        const name = `${rng.pick(NAME_HEADS)}${rng.pick(NAME_TAILS)}村`
        const size = Math.min(left, Math.round(80 + 820 * rng.next() ** 2))
        regions.push({ _id: path, name, level: 'village', parent: township })
        villages.push({ path, name, townshipPath: township, countyPath: county, households: size })
        left -= size
      }
    }
  }
  return { regions, villages }
}

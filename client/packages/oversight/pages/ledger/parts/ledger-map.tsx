import { Map as WxMap } from '@tarojs/components'
import type { LedgerItem } from '@shared/api/ledger.api'

/**
 * The mini-program's map of the open entries that know their place. H5 has no WeChat map: the list below it is
 * the page there, and on the phone too for entries without a place.
 */
export function LedgerMap({ items, onPick }: { items: LedgerItem[]; onPick: (id: string) => void }) {
  const placed = items.filter((e) => e.location && e.state !== 'closed')
  if (process.env.TARO_ENV !== 'weapp' || placed.length === 0) return null
  const markers = placed.map((e, i) => ({
    id: i,
    latitude: e.location!.latitude,
    longitude: e.location!.longitude,
    title: e.problem,
    width: 28,
    height: 36,
    iconPath: '',
  }))
  const latitude = placed.reduce((s, e) => s + e.location!.latitude, 0) / placed.length
  const longitude = placed.reduce((s, e) => s + e.location!.longitude, 0) / placed.length
  return (
    <WxMap
      id='ledger-map'
      className='ledger__map'
      latitude={latitude}
      longitude={longitude}
      scale={15}
      markers={markers}
      onMarkerTap={(e) => {
        const entry = placed[Number(e.detail.markerId)]
        if (entry) onPick(entry._id)
      }}
      onError={() => undefined}
    />
  )
}

import { BigButton } from '../big-button'
import { Notice } from '../notice'

type Props = {
  id: string
  hasMore: boolean
  loading: boolean
  count: number
  onMore: () => void
}

/** "加载更多" while the list has a next page; "已全部显示" after it. */
export function LoadMore({ id, hasMore, loading, count, onMore }: Props) {
  if (hasMore) {
    return (
      <BigButton id={id} kind='default' loading={loading} onClick={onMore}>
        加载更多
      </BigButton>
    )
  }
  return count > 0 ? <Notice>已全部显示，共 {count} 条</Notice> : null
}

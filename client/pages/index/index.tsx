import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { reviewApi } from '@shared/api/review.api'
import type { Me } from '@shared/api/views'
import type { Role } from '@shared/schemas/user'
import { BigButton } from '../../components/big-button'
import { Card } from '../../components/card'
import { Loading, Notice } from '../../components/notice'
import { Tile } from '../../components/tile'
import { pathOf, type RouteName } from '@shared/routes'
import { useRemote } from '../../hooks/useRemote'
import { call } from '../../services/call'
import { forgetMe, getMe } from '../../services/me'
import { clearToken, getToken } from '../../services/session'
import './index.scss'
import { ElderSwitch } from '../../components/elder-switch'
import { Screen } from '../../components/screen'

/** `badge`: which count the tile carries — unread messages, or the cases waiting in the review inbox. */
type TileDef = { key: string; icon: string; title: string; note?: string; route: RouteName; badge?: 'unread' | 'inbox' }

const BOARD: TileDef = { key: 'board', icon: '📋', title: '公示栏', note: '看本村公示', route: 'board' }
const MESSAGES: TileDef = { key: 'messages', icon: '✉️', title: '消息', note: '通知与提醒', route: 'messages', badge: 'unread' }
const BIND: TileDef = { key: 'bind', icon: '🔗', title: '农户绑定', note: '用绑定码认户', route: 'bind' }
const REPORT: TileDef = { key: 'hazard-report', icon: '⚠️', title: '反映隐患', note: '危房随手拍', route: 'hazardReport' }
const MY_HAZARDS: TileDef = { key: 'my-hazards', icon: '📮', title: '我的反映', note: '看处理进度', route: 'myHazards' }
const HAZARD_INBOX: TileDef = { key: 'hazard-inbox', icon: '🚨', title: '隐患反映', note: '核实与处理', route: 'hazardInbox' }
const PROFILE: TileDef = { key: 'profile', icon: '📜', title: '政策参数', note: '现行政策版本', route: 'profile' }
const CALENDAR: TileDef = { key: 'calendar', icon: '📅', title: '节假日安排', note: '公示期按工作日', route: 'calendar' }
const BENEFITS: TileDef = { key: 'benefits', icon: '🗂️', title: '补助登记', note: '防止重复享受', route: 'benefits' }
const INBOX: TileDef = { key: 'inbox', icon: '📝', title: '待办审核', note: '逐户审核', route: 'inbox', badge: 'inbox' }
const APPRAISALS: TileDef = { key: 'appraisal-inbox', icon: '📐', title: '鉴定委托', note: '待鉴定房屋', route: 'appraisalInbox' }
const ORDER: TileDef = { key: 'appraisal-order', icon: '📐', title: '委托鉴定', note: '房屋危险性鉴定', route: 'appraisalOrder' }
const OBJECTIONS: TileDef = { key: 'objections', icon: '⚖️', title: '公示异议', note: '核实处理', route: 'objections' }
const FUNDS: TileDef = { key: 'funds', icon: '🏦', title: '下达与支付', note: '资金下达与批次', route: 'funds' }
const WORKS: TileDef = { key: 'works', icon: '🏗️', title: '施工进度', note: '开工、主体完工、验收', route: 'works' }
const RECONCILE: TileDef = { key: 'reconcile', icon: '🧮', title: '资金对账', note: '各乡镇资金去向', route: 'reconcile' }

/** Inspections and the ledger (排查与台账): the village works the field list, the levels above follow and confirm. */
const FIELD_WORK: Record<'village' | 'township' | 'county', TileDef[]> = {
  village: [
    { key: 'inspect', icon: '🔦', title: '入户排查', note: '排查清单与待发送', route: 'inspect' },
    { key: 'ledger', icon: '📒', title: '工作台账', note: '整改与销号', route: 'ledger' },
  ],
  township: [
    { key: 'campaigns', icon: '📊', title: '排查进度', note: '各村完成情况', route: 'campaigns' },
    { key: 'ledger', icon: '📒', title: '工作台账', note: '复核销号', route: 'ledger' },
  ],
  county: [
    { key: 'campaigns', icon: '📊', title: '全面排查', note: '开启与进度', route: 'campaigns' },
    { key: 'ledger', icon: '📒', title: '工作台账', note: '复核与导出', route: 'ledger' },
  ],
}

const TILES: Record<Role, TileDef[]> = {
  farmer: [
    { key: 'apply', icon: '🏠', title: '申请改造', note: '危房改造申请', route: 'apply' },
    { key: 'cases', icon: '🔍', title: '我的申请', note: '看办到哪一步', route: 'cases' },
    { key: 'payments', icon: '💰', title: '补助到账', note: '每笔补助', route: 'payments' },
    MESSAGES,
    BOARD,
    REPORT,
    MY_HAZARDS,
  ],
  village: [
    INBOX,
    HAZARD_INBOX,
    ...FIELD_WORK.village,
    { key: 'apply', icon: '🏠', title: '代为申请', note: '替农户申请', route: 'apply' },
    { key: 'bind-code', icon: '🔑', title: '发放绑定码', note: '农户绑定用', route: 'bindCode' },
    BOARD,
    MESSAGES,
  ],
  township: [INBOX, WORKS, OBJECTIONS, HAZARD_INBOX, ...FIELD_WORK.township, BENEFITS, BOARD, MESSAGES],
  county: [
    INBOX,
    WORKS,
    ORDER,
    OBJECTIONS,
    HAZARD_INBOX,
    ...FIELD_WORK.county,
    RECONCILE,
    PROFILE,
    CALENDAR,
    BENEFITS,
    BOARD,
    MESSAGES,
  ],
  finance: [
    FUNDS,
    RECONCILE,
    { key: 'payable', icon: '💴', title: '资金拨付', note: '登记拨付', route: 'payable' },
    BOARD,
    MESSAGES,
  ],
  appraiser: [APPRAISALS, BOARD, MESSAGES],
  admin: [
    { key: 'admin-users', icon: '👥', title: '用户管理', note: '账号与角色', route: 'adminUsers' },
    PROFILE,
    CALENDAR,
    BOARD,
  ],
}

const REVIEWERS: readonly Role[] = ['village', 'township', 'county']

/**
 * Pages an official opens now and then (the rules, the calendar, the register, the public board, messages) go below
 * the day's work as slim rows, so the county's desk is one screen of tiles and not fourteen squares to scroll past.
 */
const REFERENCE: ReadonlySet<string> = new Set([PROFILE.key, CALENDAR.key, BENEFITS.key, BOARD.key, MESSAGES.key])
// Not the administrator: the rules and the calendar are its day's work.
const OFFICIALS: readonly Role[] = ['village', 'township', 'county', 'finance', 'appraiser']

function tilesFor(me: Me): TileDef[] {
  return me.registered && me.role ? TILES[me.role] : [BOARD, REPORT, MY_HAZARDS, BIND]
}

function splitTiles(me: Me): { main: TileDef[]; reference: TileDef[] } {
  const all = tilesFor(me)
  if (!me.registered || !me.role || !OFFICIALS.includes(me.role)) return { main: all, reference: [] }
  return { main: all.filter((t) => !REFERENCE.has(t.key)), reference: all.filter((t) => REFERENCE.has(t.key)) }
}

export default function Home() {
  const isH5 = process.env.TARO_ENV === 'h5'
  // A visitor without a session is a member of the public: the board is open to them, signing in is one tap away.
  const me = useRemote(() => getMe(true))
  const signedIn = !isH5 || (getToken() !== null && me.data?.openid !== null)
  const reviews = me.data?.registered && me.data.role && REVIEWERS.includes(me.data.role)
  const counts = useRemote(() => (reviews ? call(reviewApi.counts, {}) : Promise.resolve(null)), [reviews])
  const countOf = (t: TileDef) => (t.badge === 'unread' ? me.data?.unread : t.badge === 'inbox' ? counts.data?.inbox : undefined)
  const noteOf = (t: TileDef) => (t.badge === 'inbox' && counts.data ? `${counts.data.inbox} 份待办` : t.note)

  const go = (route: RouteName) => Taro.navigateTo({ url: pathOf(route) })
  const tiles = me.data ? splitTiles(me.data) : { main: [], reference: [] }

  const switchUser = () => {
    clearToken()
    forgetMe()
    void Taro.reLaunch({ url: pathOf('login') })
  }

  return (
    <Screen title='农房安居' isPublic className='home'>
      {me.loading && !me.data ? <Loading /> : null}
      {me.error ? (
        <Notice tone='bad' id='home-error' onRetry={me.reload}>
          {me.error}
        </Notice>
      ) : null}
      {me.data ? (
        <View className='stack'>
          <Card>
            <View className='home__who' id='home-who'>
              <Text className='home__name' id='home-name'>
                {me.data.registered ? `${me.data.name ?? ''}，您好` : '您好'}
              </Text>
              {me.data.registered ? (
                <Text className='home__role' id='home-role'>
                  {me.data.roleLabel}
                  {me.data.regionName ? ` · ${me.data.regionName}` : ''}
                </Text>
              ) : null}
            </View>
          </Card>
          {!signedIn ? (
            <Notice id='home-visitor'>您还没有登录。不登录也可以看公示栏；要申请或办理，请先登录。</Notice>
          ) : !me.data.registered ? (
            <Notice tone='warn' id='home-unregistered'>
              您还没有登记为系统用户。需要申请危房改造的，请带上户口本到村委会登记，登记后就能在这里申请和查看进度。
            </Notice>
          ) : null}
          <ElderSwitch />
          <View className='home__tiles'>
            {tiles.main.map((t) => (
              <View key={t.key} className='home__tile'>
                <Tile
                  id={`tile-${t.key}`}
                  icon={t.icon}
                  title={t.title}
                  note={noteOf(t)}
                  badge={countOf(t)}
                  onClick={() => go(t.route)}
                />
              </View>
            ))}
          </View>
          {tiles.reference.length > 0 ? (
            <View className='home__reference' id='home-reference'>
              {tiles.reference.map((t) => (
                <Tile
                  key={t.key}
                  id={`tile-${t.key}`}
                  icon={t.icon}
                  title={t.title}
                  badge={countOf(t)}
                  compact
                  onClick={() => go(t.route)}
                />
              ))}
            </View>
          ) : null}
          {isH5 ? (
            <BigButton id='home-switch-user' kind='default' onClick={switchUser}>
              {signedIn ? '切换用户' : '登录'}
            </BigButton>
          ) : null}
        </View>
      ) : null}
    </Screen>
  )
}

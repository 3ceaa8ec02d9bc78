import type { z } from 'zod'

/** A zod issue as the parse error customiser sees it: only the facts the wording below needs. */
type RawIssue = {
  code?: string
  origin?: string
  expected?: string
  input?: unknown
  maximum?: unknown
  minimum?: unknown
  inclusive?: boolean
  divisor?: unknown
  keys?: readonly string[]
  values?: readonly unknown[]
}

const KIND: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
  date: '日期',
  bigint: '整数',
}

const tooBig = (i: RawIssue) => {
  const n = String(i.maximum)
  if (i.origin === 'string') return `不能超过${n}个字`
  if (i.origin === 'array' || i.origin === 'set') return `不能超过${n}项`
  if (i.origin === 'number' || i.origin === 'bigint') return i.inclusive === false ? `应小于${n}` : `不能大于${n}`
  return '超出了允许的大小'
}

const tooSmall = (i: RawIssue) => {
  const n = String(i.minimum)
  if (i.origin === 'string') return n === '1' ? '不能为空' : `至少${n}个字`
  if (i.origin === 'array' || i.origin === 'set') return `至少${n}项`
  if (i.origin === 'number' || i.origin === 'bigint') return i.inclusive === false ? `应大于${n}` : `不能小于${n}`
  return '小于允许的大小'
}

/**
 * The plain-Chinese wording of an input problem that its schema gave no message of its own: a schema's own message
 * ("金额必须大于0") always wins, so this only replaces zod's English defaults. Passed to `safeParse` as `error`.
 */
export function plainIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少这一项'
      return KIND[issue.expected ?? ''] ? `应填${KIND[issue.expected ?? '']}` : '格式不对'
    case 'too_big':
      return tooBig(issue)
    case 'too_small':
      return tooSmall(issue)
    case 'not_multiple_of':
      return issue.divisor === 1 ? '应为整数' : `应为${String(issue.divisor)}的整数倍`
    case 'unrecognized_keys':
      return `不接受这些字段：${(issue.keys ?? []).join('、')}`
    case 'invalid_value':
      return issue.values && issue.values.length <= 12
        ? `应为以下之一：${issue.values.map((v) => String(v)).join('、')}`
        : '不是允许的取值'
    default:
      return '格式不对'
  }
}

/** One line for the envelope's message: each problem once, led by the field it is about. */
export function issuesMessage(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map((i) => (i.path.length ? `${i.path.join('.')}：${i.message}` : i.message))
  return [...new Set(lines)].join('；')
}

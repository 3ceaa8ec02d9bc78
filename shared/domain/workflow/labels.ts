import type { CaseEvent, CaseState } from '../../schemas/application'

export const STATE_LABEL: Readonly<Record<CaseState, string>> = {
  submitted: '待村评议',
  returned: '退回补正',
  village_approved: '村评议通过（公示中）',
  township_approved: '乡镇审核通过（公示中）',
  county_approved: '县级审批通过',
  agreement_signed: '已签协议',
  under_construction: '施工中',
  accepted: '已竣工验收',
  settled: '已结算',
  archived: '已归档',
  rejected: '不予支持',
  withdrawn: '已撤回',
}

export const EVENT_LABEL: Readonly<Record<CaseEvent | 'submit', string>> = {
  submit: '提交申请',
  approve: '通过',
  return: '退回',
  reject: '不予支持',
  resubmit: '重新提交',
  withdraw: '撤回',
  sign_agreement: '签订协议',
  start_works: '开工',
  accept: '竣工验收',
  settle: '结算',
  archive: '归档',
}

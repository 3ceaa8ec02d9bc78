import type { Notification } from '@shared/schemas/notification'
import {
  SUBSCRIBE_SEND_API,
  WechatSendError,
  createWechatSubscribeSender,
  fitTemplateValue,
} from '../../cloudfunctions/_lib/adapters/cloudbase/wechat-subscribe-sender'
import type { CloudbaseWxOpenApiApp } from '../../cloudfunctions/_lib/adapters/cloudbase/sdk-shapes'

const message: Notification = {
  _id: 'n1',
  recipientId: 'oOPENID123',
  kind: 'funds_arrived',
  title: '补助资金已到账',
  body: '您的农房改造补助资金已拨付',
  fields: {
    thing1: '农村危房改造补助资金第一批次拨付到户通知书', // 22 characters: longer than thing allows
    amount2: '¥15000.00',
    date3: '2025-03-01',
    character_string4: 'A'.repeat(40),
    name5: '欧阳娜娜娜娜娜娜娜娜娜',
  },
  page: '/pages/payments/detail?id=p1',
  status: 'pending',
  attempts: 0,
  read: false,
  createdAt: '2025-03-01T08:00:00+08:00',
  seq: '2025-03-01T08:00:00+08:00|n1',
}

const outboxOf = (kind: Notification['kind'], fields: Record<string, string>): Notification => ({ ...message, kind, fields })

/** A fake app that records callWxOpenApi requests and answers like CloudBase's proxy does. */
function fakeApp(result: unknown = { errcode: 0, errmsg: 'ok', msgid: 1 }) {
  const calls: Array<{ apiName: string; requestData: any }> = []
  const app: CloudbaseWxOpenApiApp = {
    async callWxOpenApi(options) {
      calls.push(options as { apiName: string; requestData: any })
      return { result, requestId: 'r1' }
    },
  }
  return { app, calls }
}

const templates = {
  funds_arrived: 'TPL_FUNDS',
  case_update: 'TPL_CASE',
  objection_resolved: 'TPL_OBJECTION',
  hazard_update: 'TPL_HAZARD',
}

describe('WeChat subscribe-message sender', () => {
  it('calls subscribe/send with touser, template_id, page, data { key: { value } } and the state', async () => {
    const { app, calls } = fakeApp()
    await createWechatSubscribeSender(app, { templates, miniprogramState: 'trial' }).send(message)
    expect(calls).toHaveLength(1)
    expect(calls[0].apiName).toBe(SUBSCRIBE_SEND_API)
    expect(calls[0].apiName).toBe('cgi-bin/message/subscribe/send')
    expect(calls[0].requestData).toEqual({
      touser: 'oOPENID123',
      template_id: 'TPL_FUNDS',
      page: 'pages/payments/detail?id=p1',
      data: {
        thing1: { value: '农村危房改造补助资金第一批次拨付到户通…' },
        amount2: { value: '¥15000.00' },
        date3: { value: '2025-03-01' },
        character_string4: { value: 'A'.repeat(32) },
        name5: { value: '欧阳娜娜娜娜娜娜娜娜' },
      },
      miniprogram_state: 'trial',
      lang: 'zh_CN',
    })
    expect(Array.from(calls[0].requestData.data.thing1.value)).toHaveLength(20)
  })

  it('picks the template by kind and defaults to the formal build', async () => {
    const { app, calls } = fakeApp()
    await createWechatSubscribeSender(app, { templates }).send({ ...message, kind: 'case_update', fields: { thing1: '已受理' } })
    expect(calls[0].requestData).toMatchObject({
      template_id: 'TPL_CASE',
      miniprogram_state: 'formal',
      data: { thing1: { value: '已受理' } },
    })
  })

  it('resolves the openid through openIdOf when user ids are not openids', async () => {
    const { app, calls } = fakeApp()
    const sender = createWechatSubscribeSender(app, { templates, openIdOf: async (id) => (id === 'u1' ? 'oXYZ' : null) })
    await sender.send({ ...message, recipientId: 'u1' })
    expect(calls[0].requestData.touser).toBe('oXYZ')
    await expect(sender.send({ ...message, recipientId: 'u2' })).rejects.toThrow(/no openid/)
    expect(calls).toHaveLength(1)
  })

  it('throws WechatSendError with errcode and errmsg when WeChat refuses', async () => {
    const { app } = fakeApp({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    const sending = createWechatSubscribeSender(app, { templates }).send(message)
    await expect(sending).rejects.toBeInstanceOf(WechatSendError)
    await expect(sending).rejects.toMatchObject({ errcode: 43101, errmsg: 'user refuse to accept the msg' })
    await expect(sending).rejects.toThrow(/43101/)
  })

  it('throws when CloudBase itself answers with an error code or an unreadable reply', async () => {
    const refusing: CloudbaseWxOpenApiApp = { callWxOpenApi: async () => ({ code: 'PERMISSION_DENIED', message: 'no' }) }
    await expect(createWechatSubscribeSender(refusing, { templates }).send(message)).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    })
    const { app } = fakeApp('<html>bad gateway</html>')
    await expect(createWechatSubscribeSender(app, { templates }).send(message)).rejects.toThrow(/unexpected reply/)
  })

  it('fills each field of a product message into its template key, cut to the key type’s limit', async () => {
    const { app, calls } = fakeApp()
    const objection = outboxOf('objection_resolved', {
      subject: '甲一村张*村评议结果公示',
      result: '异议不成立',
      date: '2026-11-30',
      comment: '经入户核实，该户无其他住房，亦无其他补助记录，异议不成立',
    })
    await createWechatSubscribeSender(app, { templates }).send(objection)
    expect(calls[0].requestData).toMatchObject({
      template_id: 'TPL_OBJECTION',
      data: {
        thing1: { value: '甲一村张*村评议结果公示' },
        phrase2: { value: '异议不成立' },
        date3: { value: '2026-11-30' },
        thing4: { value: '经入户核实，该户无其他住房，亦无其他补…' },
      },
    })
    const funds = outboxOf('funds_arrived', { amount: '¥15,000.00', stage: '开工预拨', caseNo: 'AJ2026', account: '**** 5678' })
    await createWechatSubscribeSender(app, { templates }).send(funds)
    expect(calls[1].requestData.data).toEqual({
      amount1: { value: '¥15000.00' },
      thing2: { value: '开工预拨' },
      character_string4: { value: 'AJ2026' },
      thing5: { value: '**** 5678' },
    })
  })

  it('fits values to the limits of their key types', () => {
    expect(fitTemplateValue('thing7', '短')).toBe('短')
    expect(fitTemplateValue('thing7', 'x'.repeat(20))).toBe('x'.repeat(20))
    expect(fitTemplateValue('thing7', 'x'.repeat(21))).toBe(`${'x'.repeat(19)}…`)
    expect(fitTemplateValue('phrase2', '审核已经通过了')).toBe('审核已经通')
    expect(fitTemplateValue('name1', 'Alexander Maximilian Smith')).toBe('Alexander Maximilian')
    expect(fitTemplateValue('time3', '2025-03-01 08:00:00 extra long stays')).toBe('2025-03-01 08:00:00 extra long stays')
    expect(fitTemplateValue('thing1', '😀'.repeat(25))).toBe(`${'😀'.repeat(19)}…`) // characters, not UTF-16 units
  })
})

import { FUNCTIONS } from '../../../../cloudfunctions/_lib/runtime/functions'

/** Only writes may have queued messages, so only they are followed by an outbox delivery (locally and on CloudBase). */
describe('CloudFunction.writes', () => {
  const calls = FUNCTIONS.flatMap((fn) => Object.keys(fn.actions).map((action) => ({ fn, name: `${fn.name}.${action}`, action })))

  it('names exactly the actions that change records', () => {
    const writes = calls.filter((c) => c.fn.writes({ action: c.action })).map((c) => c.name)
    expect(writes.sort()).toEqual([
      'admin.createUser',
      'admin.setCalendarYear',
      'admin.updateUser',
      'agreement.confirm',
      'application.changePlan',
      'application.choosePlan',
      'application.resubmit',
      'application.submit',
      'application.withdraw',
      'appraisal.exempt',
      'appraisal.order',
      'appraisal.record',
      'benefits.import',
      'benefits.record',
      'funds.allocate',
      'funds.bankImport',
      'funds.batchApprove',
      'funds.batchCreate',
      'funds.batchExport',
      'funds.decideAccountChange',
      'funds.requestAccountChange',
      'funds.setBuilder',
      'funds.setRental',
      'funds.settle',
      'hazard.confirm',
      'hazard.moderate',
      'hazard.registerPhoto',
      'hazard.report',
      'hazard.update',
      'inspection.openCampaign',
      'inspection.record',
      'ledger.close',
      'ledger.confirmClose',
      'ledger.reopen',
      'ledger.startApplication',
      'payment.record',
      'profile.publish',
      'publicity.object',
      'publicity.resolveObjection',
      'review.decide',
      'user.bind',
      'user.issueBindCode',
      'user.markRead',
      'user.registerUpload',
      'works.record',
    ])
  })

  it.each([undefined, null, 'decide', ['decide'], {}, { action: 'nothing' }, { action: 'toString' }, { action: 1 }])(
    'says no for a call that names no action of the function: %p',
    (event) => {
      for (const fn of FUNCTIONS) expect(fn.writes(event)).toBe(false)
    },
  )
})

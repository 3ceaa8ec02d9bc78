export default definePageConfig({ navigationBarTitleText: '申请危房改造' })

export default definePageConfig({ navigationBarTitleText: '资金拨付' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '资金对账' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '资金下达与支付' })

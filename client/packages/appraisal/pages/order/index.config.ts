export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '委托鉴定' })

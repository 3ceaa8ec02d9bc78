export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '免鉴定' })

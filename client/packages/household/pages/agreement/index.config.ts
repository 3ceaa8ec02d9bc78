export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '三方协议' })

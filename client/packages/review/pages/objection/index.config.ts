export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '处理异议' })

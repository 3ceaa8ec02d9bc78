export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '公示异议' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '我提出的异议' })

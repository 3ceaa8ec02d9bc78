export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '排查进度' })

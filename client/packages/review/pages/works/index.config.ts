export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '施工进度' })

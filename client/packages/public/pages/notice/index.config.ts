export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '公示', enableShareAppMessage: true })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '公示栏', enablePullDownRefresh: false })

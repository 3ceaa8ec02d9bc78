export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '申请详情' })

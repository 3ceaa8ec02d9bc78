export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '申请危房改造' })

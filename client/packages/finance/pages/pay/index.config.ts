export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '登记拨付' })

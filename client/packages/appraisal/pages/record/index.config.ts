export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '录入鉴定结果' })

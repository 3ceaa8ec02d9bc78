export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '工作台账' })

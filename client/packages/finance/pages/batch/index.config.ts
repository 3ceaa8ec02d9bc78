export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '银行批次' })

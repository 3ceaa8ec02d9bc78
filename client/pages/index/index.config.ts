export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '农房安居' })

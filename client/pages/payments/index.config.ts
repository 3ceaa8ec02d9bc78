export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '补助到账' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '补助登记' })

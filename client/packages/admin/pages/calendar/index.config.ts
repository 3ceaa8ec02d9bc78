export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '节假日安排' })

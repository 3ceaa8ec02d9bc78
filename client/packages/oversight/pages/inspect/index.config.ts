export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '入户排查' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '改造方案' })

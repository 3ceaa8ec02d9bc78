export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '政策参数' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '鉴定委托' })

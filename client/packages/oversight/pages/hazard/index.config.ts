export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '办理隐患反映' })

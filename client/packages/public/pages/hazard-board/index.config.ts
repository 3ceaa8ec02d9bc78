export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '隐患反映公示' })

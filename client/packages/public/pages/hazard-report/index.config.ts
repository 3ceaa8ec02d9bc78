export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '反映住房安全隐患' })

export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '房屋全生命周期档案' })

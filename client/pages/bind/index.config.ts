export default definePageConfig({ navigationBarTitleText: '农户绑定' })

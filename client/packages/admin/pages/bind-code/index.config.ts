export default definePageConfig({ navigationBarTitleText: '发放绑定码' })

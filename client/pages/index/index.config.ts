export default definePageConfig({ navigationBarTitleText: '农房安居' })

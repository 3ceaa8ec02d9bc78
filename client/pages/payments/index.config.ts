export default definePageConfig({ navigationBarTitleText: '补助到账' })

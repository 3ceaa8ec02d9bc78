/** Unit, contract and function tests. The weapp check and the browser e2e run from scripts/test.mjs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // fastify's inject uses cookie 2, which ships ES modules only; jest needs it as CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(cookie|set-cookie-parser)/)'],
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
}

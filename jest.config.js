/** Unit, contract and function tests. The weapp check and the browser e2e run from scripts/test.mjs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
}

/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }];

module.exports = {
  // API tests share one PostgreSQL database per run and each boots Strapi: one worker keeps
  // them from racing each other on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/api'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/harness/global-setup.js',
      globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
    },
  ],
};

/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }];
// any-ascii (slugs) ships only as an ES module: Node requires it natively, Jest's module
// system needs it compiled to CommonJS first.
const esmOnly = ['any-ascii'];
const esmTransform = {
  [`node_modules/(?:${esmOnly.join('|')})/.+\\.js$`]: [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
  ],
};
const transformIgnorePatterns = [`/node_modules/(?!(?:${esmOnly.join('|')})/)`];

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
      transform: { '^.+\\.ts$': tsJest, ...esmTransform },
      transformIgnorePatterns,
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/api'],
      transform: { '^.+\\.ts$': tsJest, ...esmTransform },
      transformIgnorePatterns,
      globalSetup: '<rootDir>/tests/harness/global-setup.js',
      globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
    },
    {
      // A real browser on the built admin panel; skips, saying why, without chromium or a build.
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/browser'],
      transform: { '^.+\\.ts$': tsJest, ...esmTransform },
      transformIgnorePatterns,
      globalSetup: '<rootDir>/tests/harness/global-setup.js',
      globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
    },
  ],
};

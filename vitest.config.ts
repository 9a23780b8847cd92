import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // A throwaway PostgreSQL cluster for the shared-ledger tests (Debian's postgresql; .ci/run installs it).
          globalSetup: ['tests/support/pg-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // The two-people test (team.test.ts) runs on a throwaway PostgreSQL cluster too.
          globalSetup: ['tests/support/pg-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

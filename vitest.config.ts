import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The exactness file alone is over half of the suite's time and waits on psql, pg_dump and
    // PostgreSQL much of it: the other files run beside it even on two cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});

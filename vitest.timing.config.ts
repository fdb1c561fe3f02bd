import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { TIMING_TESTS } from './vitest.config.js';

/**
 * The timing tests (`npm run test:timing`, part of `npm test`): one file at a
 * time, so that no other test file's work weighs on what they measure. Each
 * budget is a ratio of medians (of CPU time where one thread does the work)
 * taken in the same run, with room for a busy machine.
 */
const config: ViteUserConfig = defineConfig({
  test: {
    include: [...TIMING_TESTS],
    fileParallelism: false,
  },
});

export default config;

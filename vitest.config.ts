import { defineConfig, type ViteUserConfig } from 'vitest/config';

const config: ViteUserConfig = defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The command's I/O is tested through its own tests, not held to the core's bar;
      // files of types alone hold no code.
      exclude: ['src/cli/**', 'src/types/page.ts', 'src/types/source.ts'],
      reporter: ['text', 'html'],
      // The core's bar, enforced by `npm test` (vitest run --coverage).
      thresholds: { lines: 95, branches: 95 },
    },
  },
});

export default config;

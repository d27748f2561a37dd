import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The widget's files as `npm run build` makes them (hashed, precompressed), built only when stale.
    globalSetup: ['tests/widget/web/buildWebFiles.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

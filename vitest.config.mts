import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The widget's files as `npm run build` makes them (hashed, precompressed), built only when stale.
    // Every temporary directory of the run goes into one scratch folder, removed at the end.
    globalSetup: ['tests/helpers/scratchDir.ts', 'tests/widget/web/buildWebFiles.ts'],
    // Both cores: most files wait on servers, browsers and child processes, so two files at a time
    // keep `npm test` under 4 minutes on a 2-core machine (vitest's default is cores - 1).
    maxWorkers: 2,
    // Files in a worker share loaded modules: importing the bot once per worker instead of once per file
    // saves about 100 s of the run. Tests keep their state in their own objects (fresh bots, stores and
    // servers per file), and a file that stubs a global restores it.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

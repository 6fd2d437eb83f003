import {defineConfig} from 'vitest/config';
import {extractorVersion} from './scripts/extractor-version.mjs';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The extractor reads its version from here when it runs from the sources, as the build defines it in dist/.
    env: {BRIEF_EXTRACTOR_VERSION: String(extractorVersion(import.meta.dirname))},
  },
});

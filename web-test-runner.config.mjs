/**
 * Unit and component tests in real browsers: the quick, default config. `npm run test:quick` (and
 * `npx wtr`) run this in Chromium (Debian's, via Playwright) with Lit's development build, so its warnings
 * are seen. `npm test` runs the same files in Chromium, Firefox ESR and WebKitGTK with Lit's production
 * build: web-test-runner.engines.config.mjs, through scripts/wtr-engines.mjs.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from './test/support/count-reporter.mjs';

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  },
});

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/integration/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromium],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter({ outputFile: '.test-results/browser.json', label: 'browser tests' }),
  ],
};

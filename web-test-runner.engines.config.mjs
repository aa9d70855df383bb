/**
 * The component suite in the three engines `npm test` runs it in: Chromium (Playwright), Firefox ESR
 * (Puppeteer over WebDriver BiDi) and WebKitGTK (WebKitWebDriver + MiniBrowser). Lit's production build
 * (the quick Chromium run in web-test-runner.config.mjs keeps the development build and its warnings).
 *
 * Run it through `node scripts/wtr-engines.mjs` (what `npm test` does): that script starts
 * WebKitWebDriver under `xvfb-run -a` on a free port, passes the port in WEBKIT_WEBDRIVER_PORT and stops
 * both at exit. WTR_BROWSERS (comma-separated, default `chromium,firefox,webkit`) picks the engines.
 */
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { browserLabel, browserPaths } from './scripts/lib/ensure.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import quick from './web-test-runner.config.mjs';

const paths = browserPaths();

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      concurrency: 2,
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      },
    }),
  // concurrency 1: background tabs get no animation frames (TOOLCHAIN.md).
  firefox: () =>
    puppeteerLauncher({
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
    }),
  // The launcher has no concurrency of its own: the config's `concurrency: 1` below makes it run the test
  // files one after another in the driver's window (its SessionManager) instead of in iframes of one page.
  webkit: () => {
    const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
    if (!port) {
      throw new Error(
        'WebKit needs a running WebKitWebDriver: run this config through `node scripts/wtr-engines.mjs` ' +
          '(or set WEBKIT_WEBDRIVER_PORT to the port of one started under xvfb-run).',
      );
    }
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
      },
    });
  },
};

const names = (process.env.WTR_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const unknown = names.filter((name) => !launchers[name]);
if (unknown.length) throw new Error(`WTR_BROWSERS: unknown ${unknown.join(', ')} (known: ${Object.keys(launchers).join(', ')})`);
const browsers = names.map((name) => launchers[name]());
/** Each launcher's name in the counts: Chromium, Firefox ESR, WebKitGTK (not MiniBrowser). */
const labels = new Map(browsers.map((launcher, index) => [launcher, browserLabel(names[index])]));

export default {
  ...quick,
  nodeResolve: { exportConditions: ['production'] },
  browsers,
  // Per-launcher concurrency above; this default applies to WebKit (see above).
  concurrency: 1,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter({
      outputFile: process.env.WTR_COUNT_FILE ?? '.test-results/browser-engines.json',
      label: 'browser tests',
      labels,
    }),
  ],
};

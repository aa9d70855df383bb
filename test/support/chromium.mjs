/**
 * Debian's Chromium through playwright-core, with the flags this machine needs (TOOLCHAIN.md).
 *
 * Starting Chromium costs about 4 CPU-seconds here, and `npm test` has some twenty test files and scripts
 * that each need one. So `npm test` starts one Chromium as a Playwright browser server
 * (`launchChromiumServer`) and passes its address in DANISH_CLUSTERS_CHROMIUM; `launchChromium` then
 * connects to it instead of starting a browser of its own. A connected browser is the same Chromium; its
 * `close()` closes the contexts this connection made and disconnects. Run alone, a test file starts its own.
 */
import { chromium } from 'playwright-core';

const options = () => ({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

/** A Chromium for one test file: the shared one when `npm test` runs it, else a browser of its own. */
export function launchChromium() {
  const shared = process.env.DANISH_CLUSTERS_CHROMIUM;
  return shared ? chromium.connect(shared) : chromium.launch(options());
}

/** The shared Chromium that `npm test` starts once; its `wsEndpoint()` goes into DANISH_CLUSTERS_CHROMIUM. */
export function launchChromiumServer(executablePath) {
  return chromium.launchServer({ ...options(), executablePath });
}

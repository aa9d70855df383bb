/**
 * The browser for every timed page: Debian's Chromium through playwright-core, launched by the test suite's
 * own launcher (same flags), plus the two CDP measurements the bench needs: the JS heap after a full
 * garbage collection (HeapProfiler.collectGarbage, then Runtime.getHeapUsage) and the renderer's DOM
 * counters (Memory.getDOMCounters: documents, nodes, JS event listeners), which show a leak's kind.
 */
import { launchChromium } from '../../test/support/chromium.mjs';

export { launchChromium };

/** A fresh page (own context: no cache, storage or heap shared with the previous run) and its CDP session. */
export async function freshPage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, cdp, errors, close: () => context.close() };
}

/**
 * Used JS heap in bytes after garbage collection. Two collections: the first can leave objects that only
 * become unreachable once finalizers and weak callbacks of the first have run.
 */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** { documents, nodes, jsEventListeners } of the page's renderer (after a collection, so counts are live). */
export async function domCounters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { documents, nodes, jsEventListeners };
}

/** Fails a run loudly when its page threw or logged an error: a broken page must not produce a number. */
export function assertClean(errors, what) {
  const real = errors.filter((text) => !/favicon/i.test(text));
  if (real.length > 0) throw new Error(`${what}: page error: ${real.slice(0, 3).join(' | ')}`);
}

/**
 * Section 3, scale: `<cluster-list>` over 1,000, 10,000 and 100,000 synthetic clusters (bench/pages/synthetic.mjs),
 * sizes interleaved in a new order each round, each run in a fresh browser context (1280 × 800).
 * - First render: from setting `clusters` on a new element and attaching it to the paint of its first cards
 *   (the gate over every record, the filtered and sorted order, the windowed render of the rows in view).
 * - Heap after render: used JS heap after full garbage collection (CDP), with the synthetic input held by the
 *   page; and what the render added to the heap measured just before it.
 * - Keystroke: a real key press in the search box (CDP input) from the keydown event's timestamp to the first
 *   paint after the list's filtered update. The query typed is "robot" letter by letter, then five Backspaces
 *   back to all results. The first keystroke of a page also builds the search index over every record, so it
 *   is reported apart ("first keystroke"); the goal applies to the others.
 * - Diagnostics: the element's query alone (filter + sort, no render) for "ro" and for "" (sort only), and the
 *   substring filter alone for "ro" (over a search index like the element's), and the gate alone over the
 *   synthetic input (acceptClusterData: validate, copy, freeze), the first step of a first render; taken in the
 *   first round only (repeats within that page), as they take seconds at 100,000.
 * Growth exponent: least-squares slope of log(median) against log(n) over the three sizes.
 */
import { assertClean, freshPage, heapAfterGc } from './browser.mjs';
import { growthExponent, shuffled, summarize } from './stats.mjs';
import { log } from './log.mjs';

export const SIZES = [1000, 10000, 100000];
const KEYS = ['r', 'o', 'b', 'o', 't', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];

async function typeKeys(page) {
  const input = page.locator('cluster-list input[type=search]');
  await input.focus();
  for (let i = 0; i < KEYS.length; i++) {
    await page.keyboard.press(KEYS[i]);
    await page.waitForFunction((count) => window.bench.keys.length >= count, i + 1, { polling: 20, timeout: 120000 });
    await page.waitForTimeout(100); // let the window's follow-up frame and any idle work finish
  }
  return page.evaluate(() => window.bench.keystrokes());
}

async function runOnce(browser, url, n, { withKeys, withDiagnostics }) {
  const { page, cdp, errors, close } = await freshPage(browser);
  try {
    await page.goto(`${url}/scale.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 15000 });
    await page.evaluate((count) => window.bench.generate(count), n);
    const heapBefore = await heapAfterGc(cdp);
    const render = await page.evaluate(() => window.bench.render());
    const heapAfter = await heapAfterGc(cdp);
    const expected = `${n.toLocaleString('da-DK')} klynger`;
    if (render.count !== expected) throw new Error(`scale ${n}: count shows "${render.count}", expected "${expected}"`);
    const result = { render, heapAfter, heapAdded: heapAfter - heapBefore };
    if (withKeys) result.keys = await typeKeys(page);
    if (withDiagnostics) {
      result.query = {
        ro: await page.evaluate(() => window.bench.query('ro', 3)),
        sortOnly: await page.evaluate(() => window.bench.query('', 3)),
        filterRo: await page.evaluate(() => window.bench.filter('ro', 3)),
        gate: [await page.evaluate(() => window.bench.gate())],
      };
    }
    assertClean(errors, `scale ${n}`);
    return result;
  } finally {
    await close();
  }
}

export async function measureScale(browser, url, { warmup = 1, runs = 10, keystrokeRuns = 2 } = {}) {
  const results = Object.fromEntries(SIZES.map((n) => [n, []]));
  // Warm-up rounds use the smallest size only: every run has a fresh context anyway, so a warm-up warms the
  // browser and the server, which the smallest size does as well as the largest, in a fraction of the time.
  for (let round = 0; round < warmup; round++) await runOnce(browser, url, SIZES[0], {});
  for (let round = 0; round < runs; round++) {
    for (const n of shuffled(SIZES)) {
      results[n].push(await runOnce(browser, url, n, { withKeys: round < keystrokeRuns, withDiagnostics: round === 0 }));
    }
    log(`  scale: round ${round + 1}/${runs}`);
  }
  const sizes = {};
  for (const n of SIZES) {
    const list = results[n];
    const keyed = list.filter((r) => r.keys);
    const diagnosed = list.filter((r) => r.query);
    const keys = keyed.flatMap((r) => r.keys);
    const warm = keyed.flatMap((r) => r.keys.slice(1));
    sizes[n] = {
      firstRender: summarize(list.map((r) => r.render.paint)),
      firstRenderUpdate: summarize(list.map((r) => r.render.update)),
      cardsInFirstRender: list[0].render.cards,
      heapAfterRenderMB: summarize(list.map((r) => r.heapAfter / 2 ** 20)),
      heapAddedByRenderMB: summarize(list.map((r) => r.heapAdded / 2 ** 20)),
      keystroke: summarize(warm.map((k) => k.paint)),
      keystrokeUpdate: summarize(warm.map((k) => k.update)),
      firstKeystroke: summarize(keyed.map((r) => r.keys[0].paint)),
      keystrokeEventTiming: summarize(warm.map((k) => k.eventTiming ?? NaN)),
      keystrokesUnder16msByEventTiming: warm.filter((k) => k.eventTiming === null).length,
      keystrokeCounts: keys.slice(0, KEYS.length).map((k) => k.count),
      queryRo: summarize(diagnosed.flatMap((r) => r.query.ro)),
      querySortOnly: summarize(diagnosed.flatMap((r) => r.query.sortOnly)),
      filterRo: summarize(diagnosed.flatMap((r) => r.query.filterRo)),
      gate: summarize(diagnosed.flatMap((r) => r.query.gate)),
    };
  }
  const fit = (pick) => growthExponent(SIZES.map((n) => [n, pick(sizes[n]).median]));
  return {
    sizes,
    keys: KEYS,
    exponents: {
      firstRender: fit((s) => s.firstRender),
      keystroke: fit((s) => s.keystroke),
      firstKeystroke: fit((s) => s.firstKeystroke),
      heapAfterRender: fit((s) => s.heapAfterRenderMB),
      heapAddedByRender: fit((s) => s.heapAddedByRenderMB),
      queryRo: fit((s) => s.queryRo),
      gate: fit((s) => s.gate),
    },
  };
}

/**
 * Section 5, lifecycle: 1,000 mount/unmount cycles of `<cluster-explorer>` (bundled data) in one page: each
 * cycle attaches a new explorer, waits for its first render and the painted frame after it (layout, the map's
 * ResizeObserver and regrouping run), then removes it. The JS heap after full garbage collection (CDP) is
 * taken after the first cycle (the baseline: everything a first explorer leaves loaded, such as compiled
 * templates and style sheets) and after every further batch; the goal compares cycle 1,000 with cycle 1.
 * DOM counters (nodes, JS event listeners) after the first and the last cycle tell a DOM leak from a JS one;
 * the slope over the batches gives the growth per cycle.
 */
import { assertClean, domCounters, freshPage, heapAfterGc } from './browser.mjs';
import { growthExponent, round, summarize } from './stats.mjs';
import { log } from './log.mjs';

const BATCHES = [1, 99, 100, 100, 100, 100, 100, 100, 100, 100, 100]; // cumulative: 1, 100, 200, … 1,000

/** Least-squares slope of heap (bytes) against cycle number: the growth per cycle. */
function slope(points) {
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** `stop()`: asked between batches; true ends the run early (the time budget), with the cycles done so far. */
export async function measureLifecycle(browser, url, { cycles = 1000, stop = () => false } = {}) {
  const batches = cycles === 1000 ? BATCHES : [1, cycles - 1];
  const { page, cdp, errors, close } = await freshPage(browser, { width: 1280, height: 900 });
  try {
    await page.goto(`${url}/cycles.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 15000 });
    const checkpoints = [];
    const times = [];
    let done = 0;
    let countersFirst;
    for (const batch of batches) {
      times.push(...(await page.evaluate((k) => window.bench.cycles(k), batch)));
      done += batch;
      const heap = await heapAfterGc(cdp);
      checkpoints.push({ cycles: done, heapMB: round(heap / 2 ** 20, 3) });
      if (done === 1) countersFirst = await domCounters(cdp);
      if (done % 200 === 0) log(`  lifecycle: ${done}/${cycles} cycles`);
      if (done > 1 && done < cycles && stop()) {
        log(`  lifecycle: stopped after ${done} cycles (time budget)`);
        break;
      }
    }
    const countersLast = await domCounters(cdp);
    assertClean(errors, 'lifecycle');
    const first = checkpoints[0].heapMB;
    const last = checkpoints.at(-1).heapMB;
    const after = checkpoints.filter((c) => c.cycles > 1);
    return {
      cycles: done,
      ...(done < cycles ? { stoppedEarly: `stopped after ${done} of ${cycles} cycles: the run reached its time budget` } : {}),
      heapAfterFirstMB: first,
      heapAfterLastMB: last,
      growthMB: round(last - first, 3),
      growthPerCycleKB: round((slope(after.map((c) => [c.cycles, c.heapMB])) * 1024), 3),
      checkpoints,
      domCounters: { afterFirst: countersFirst, afterLast: countersLast },
      cycleTime: summarize(times.slice(1)),
      // Not a fit over n here; kept for the report's consistency: growth of heap with cycles (≈ 0: flat).
      heapExponent: growthExponent(after.map((c) => [c.cycles, c.heapMB])),
    };
  } finally {
    await close();
  }
}

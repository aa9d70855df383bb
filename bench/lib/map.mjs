/**
 * Section 4, the map: `<cluster-map>` (npm entry bundled with Lit, bundled data) in an 800 px wide container,
 * each run in a fresh browser context (1280 × 1100, the whole map in view), after warm-up runs.
 * - First render: as the list's (bench/lib/first-render.mjs): navigation → painted and module evaluation →
 *   painted, the markers being the rendered items.
 * - Selection change: a click on a single marker (a different one each time), to the element's update and to
 *   the next paint.
 * - Resize regrouping: the container switches between 800 and 360 px; the map's ResizeObserver regroups the
 *   markers for the new width. From the style change to the update and to the paint of the regrouped markers.
 */
import { openAndMeasure, summarizeFirstRender } from './first-render.mjs';
import { summarize } from './stats.mjs';
import { log } from './log.mjs';

const SELECTIONS_PER_RUN = 4;
const WIDTHS = [360, 800, 360, 800];

export async function measureMap(browser, url, { warmup = 2, runs = 10 } = {}) {
  const first = [];
  const selections = [];
  const resizes = [];
  for (let run = 0; run < warmup + runs; run++) {
    const { metrics, session } = await openAndMeasure(browser, url, 'map', {
      host: 'cluster-map',
      items: '.pin',
      viewport: { width: 1280, height: 1100 },
    });
    try {
      const { page } = session;
      const measured = run >= warmup;
      if (measured) first.push(metrics);
      for (let k = 0; k < SELECTIONS_PER_RUN; k++) {
        const selection = await page.evaluate((i) => window.bench.select(i), run * SELECTIONS_PER_RUN + k);
        if (!selection.selected) throw new Error('map: a click on a marker selected nothing');
        if (measured) selections.push(selection);
      }
      for (const width of WIDTHS) {
        const resize = await page.evaluate((w) => window.bench.resize(w), width);
        if (measured) resizes.push({ ...resize, width });
      }
    } finally {
      await session.close();
    }
    if ((run + 1) % 4 === 0) log(`  map: run ${run + 1}/${warmup + runs}`);
  }
  const regrouped = resizes.filter((r) => r.pinsBefore !== r.pinsAfter).length;
  return {
    warmup,
    firstRender: summarizeFirstRender(first),
    markers: first[0].shape.items,
    selection: { update: summarize(selections.map((s) => s.update)), paint: summarize(selections.map((s) => s.paint)) },
    resize: {
      update: summarize(resizes.map((r) => r.update)),
      paint: summarize(resizes.map((r) => r.paint)),
      slotsAt360: resizes.find((r) => r.width === 360)?.pinsAfter,
      slotsAt800: resizes.find((r) => r.width === 800)?.pinsAfter,
      regrouped: `${regrouped}/${resizes.length}`,
    },
  };
}

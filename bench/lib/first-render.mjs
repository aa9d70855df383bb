/**
 * Section 2, first render with the bundled data: `<cluster-list>` against (a) the static page (same markup and
 * styles in a declarative shadow root, no JavaScript: the limit) and (b) the hand-written vanilla-DOM list;
 * also the list from the CDN file. All pages share one shell and one 1280 × 800 viewport (a desktop window: the
 * first cards are in view, all 14 are laid out before the first paint), and run interleaved in a new order each
 * round, each in a fresh browser context, after warm-up rounds. (A viewport tall enough for all 14 cards was
 * tried: rasterising 2,800 px in software then dominated every page's time and its noise, hiding the
 * differences the benchmark is for.)
 *
 * Painted: the browser's first-contentful-paint time, valid when the content was complete before it (the 14th
 * card laid out: the `bench:content` mark; for the static page, parsing finished: `domInteractive`), else the
 * `bench:painted` mark (rAF + task after the content; see bench/pages/probe.mjs). Nothing in these pages paints
 * before the list, so that first paint is the frame with the list.
 * Clocks: navigation start → painted (all pages; the goal's clock), and module evaluation start (the
 * `bench:eval` banner mark) → painted for the pages with a script. Ratios are paired by round (see pairedRatio).
 */
import { freshPage, assertClean } from './browser.mjs';
import { ratio, round, shuffled, summarize } from './stats.mjs';
import { log } from './log.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export const VARIANTS = {
  static: 'static page (no JS)',
  vanilla: 'vanilla DOM',
  list: '`<cluster-list>` (npm entry)',
  'list-cdn': '`<cluster-list>` (CDN file)',
};

/** Runs in the page: the timeline entries the runner needs, once first-contentful-paint has been reported. */
async function collect({ host, items }) {
  const fcp = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 3000);
    new PerformanceObserver((entries, observer) => {
      const entry = entries.getEntriesByName('first-contentful-paint')[0];
      if (entry) {
        clearTimeout(timer);
        observer.disconnect();
        resolve(entry.startTime);
      }
    }).observe({ type: 'paint', buffered: true });
  });
  const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('bench:', ''), m.startTime]));
  const [nav] = performance.getEntriesByType('navigation');
  const root = document.querySelector(host)?.shadowRoot;
  return {
    fcp,
    marks,
    responseEnd: nav.responseEnd,
    domInteractive: nav.domInteractive,
    bench: window.__bench ?? null,
    items: root?.querySelectorAll(items).length ?? 0,
    elements: root?.querySelectorAll('*').length ?? 0,
    // Text without white space (templates differ in indentation only), and without the static page's styles
    // (a <style> element inside its shadow root).
    text: [...(root?.children ?? [])].filter((e) => e.localName !== 'style').map((e) => e.textContent).join('').replace(/\s+/g, '').length,
    styleElements: root?.querySelectorAll('style').length ?? 0,
  };
}

/**
 * Opens `<url>/<name>.html` in a fresh context and measures its first render (see the top of this file).
 * `host`/`items`: the element and what it renders (`expected` of them, or at least one when undefined).
 * Returns { metrics, session } with the page still open, for pages that go on measuring (the map).
 */
export async function openAndMeasure(browser, url, name, { host, items, expected, viewport, isStatic = false }) {
  const session = await freshPage(browser, viewport);
  const { page, errors } = session;
  try {
    await page.goto(`${url}/${name}.html`, { waitUntil: 'load' });
    if (!isStatic) await page.waitForFunction(() => window.__benchDone === true, null, { polling: 50, timeout: 15000 });
    const run = await page.evaluate(collect, { host, items });
    assertClean(errors, name);
    if (run.bench?.error) throw new Error(`${name}: ${run.bench.error}`);
    if (expected === undefined ? run.items === 0 : run.items !== expected) {
      throw new Error(`${name}: ${run.items} × ${items} rendered, expected ${expected ?? 'some'}`);
    }
    const completeAt = isStatic ? run.domInteractive : run.marks.content;
    const fcpValid = run.fcp !== null && completeAt <= run.fcp;
    const painted = fcpValid ? run.fcp : isStatic ? run.domInteractive : run.marks.painted;
    const metrics = {
      navToPaint: painted,
      evalToPaint: run.marks.eval === undefined ? null : painted - run.marks.eval,
      fcpValid,
      phases: run.marks.eval === undefined ? null : {
        navToEval: run.marks.eval,
        evalToData: run.marks.data === undefined ? null : run.marks.data - run.marks.eval,
        dataToDefined: run.marks.data === undefined ? null : run.marks.defined - run.marks.data,
        evalToDefined: run.marks.defined - run.marks.eval,
        definedToContent: run.marks.content - run.marks.defined,
        definedToRendered: run.marks.rendered - run.marks.defined,
        renderedToContent: run.marks.content - run.marks.rendered,
        contentToPaint: painted - run.marks.content,
      },
      // The static page's <style> element is not markup the list renders (the list adopts its sheets).
      shape: { items: run.items, elements: run.elements - run.styleElements, textCharacters: run.text },
    };
    return { metrics, session };
  } catch (error) {
    await session.close();
    throw error;
  }
}

async function measureOnce(browser, url, variant) {
  const { metrics, session } = await openAndMeasure(browser, url, variant, {
    host: 'cluster-list',
    items: 'article.card',
    expected: 14,
    viewport: VIEWPORT,
    isStatic: variant === 'static',
  });
  await session.close();
  return metrics;
}

/** Median, spread and n of each first-render metric over runs (phases only where the page marks them). */
export function summarizeFirstRender(list) {
  const phaseNames = list[0].phases ? Object.keys(list[0].phases) : [];
  return {
    navToPaint: summarize(list.map((r) => r.navToPaint)),
    evalToPaint: list[0].evalToPaint === null ? null : summarize(list.map((r) => r.evalToPaint)),
    phases: Object.fromEntries(
      phaseNames.map((name) => [name, summarize(list.map((r) => r.phases[name] ?? NaN))]).filter(([, s]) => s.n > 0),
    ),
    paintFromFcp: list.filter((r) => r.fcpValid).length,
    shape: list[0].shape,
  };
}

/**
 * Ratio of two pages' times, paired by round: the median of the per-round ratios (each round runs every page
 * once, back to back), with their spread. Pairing cancels what changes between rounds (other work on the
 * machine); the ratio of the two medians is kept beside it as a cross-check.
 */
function pairedRatio(rounds, a, b, metric) {
  const ratios = rounds.map((round) => round[a][metric] / round[b][metric]);
  const paired = summarize(ratios, 3);
  const ofMedians = ratio(summarize(rounds.map((r) => r[a][metric])), summarize(rounds.map((r) => r[b][metric])));
  return { median: round(paired.median, 2), q1: round(paired.q1, 2), q3: round(paired.q3, 2), n: paired.n, ofMedians };
}

export async function measureFirstRender(browser, url, { warmup = 3, runs = 15 } = {}) {
  const rounds = [];
  for (let index = 0; index < warmup + runs; index++) {
    const results = {};
    for (const variant of shuffled(Object.keys(VARIANTS))) results[variant] = await measureOnce(browser, url, variant);
    if (index >= warmup) rounds.push(results);
    if ((index + 1) % 5 === 0) log(`  first render: round ${index + 1}/${warmup + runs}`);
  }
  const variants = {};
  for (const variant of Object.keys(VARIANTS)) variants[variant] = { label: VARIANTS[variant], ...summarizeFirstRender(rounds.map((r) => r[variant])) };
  return {
    viewport: `${VIEWPORT.width} × ${VIEWPORT.height}`,
    warmup,
    variants,
    ratios: {
      listVsStatic: pairedRatio(rounds, 'list', 'static', 'navToPaint'),
      listVsVanilla: pairedRatio(rounds, 'list', 'vanilla', 'navToPaint'),
      listVsVanillaFromEval: pairedRatio(rounds, 'list', 'vanilla', 'evalToPaint'),
      cdnVsStatic: pairedRatio(rounds, 'list-cdn', 'static', 'navToPaint'),
      vanillaVsStatic: pairedRatio(rounds, 'vanilla', 'static', 'navToPaint'),
    },
  };
}

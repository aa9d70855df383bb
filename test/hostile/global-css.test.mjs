/**
 * Aggressive global CSS (issue 9, item 2), in headless Chromium: Bootstrap 5 and Tailwind's preflight
 * (from npm), `html { font-size: 62.5% }`, `* { box-sizing: content-box; line-height: 3 }`,
 * `button { all: unset }` and a dark page. Each hostile page holds the same elements as a clean page
 * (every element, plus a `theme="light"` card and a `theme="dark"` timeline), each in a slot of fixed width.
 *
 * What a page may legitimately change is what the elements inherit on purpose (DESIGN.md: "Inherit font",
 * theme absent = inherited text colour and `color-scheme`). So the comparison is against a clean twin:
 * the clean page with the hostile page's inherited text properties (font, size, line-height factor,
 * colour, color-scheme, …, read from the slot around the element) set on its stage. Anything else a
 * global sheet reaches — the hosts' own box properties, `rem` units, light-DOM selectors that would leak
 * into shadow trees — shows as a difference. Tolerances: every box of every shadow element (relative to
 * its host) and each host's box (relative to its slot) within 1 px (same fonts, same widths: only
 * sub-pixel rounding may differ); computed colours (text, background, border, outline, fill, stroke)
 * equal as strings. Text contrast on each hostile page (test/support/contrast.ts): every text ≥ 4.5:1.
 * A control changes two public custom properties on the clean page and must see both differences.
 */
/* global document -- the browser's, for functions that run in the page */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { ES } from './support/built.mjs';
import { compareLayouts } from './support/compare.mjs';
import { CSS, MEASURE, STAGE_CSS, moduleScript, page, startSite, stylesheet, whenRendered } from './support/pages.mjs';

/** The hostile sheets: name → [served path, body or undefined (served from disk)]. */
const SHEETS = {
  'Bootstrap 5': ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  // Tailwind's `--theme(--x, fallback…)` is a build-time function; a Tailwind build emits `var(--x, fallback…)`.
  "Tailwind's preflight": ['/hostile/preflight.css', readFileSync(new URL('../../node_modules/tailwindcss/preflight.css', import.meta.url), 'utf8').replaceAll('--theme(', 'var(')],
  // As partners write it: the root at 10px for rem maths, the body back at 16px.
  'html { font-size: 62.5% }': ['/hostile/root-62.css', 'html { font-size: 62.5% } body { font-size: 1.6rem }'],
  '* { box-sizing: content-box; line-height: 3 }': ['/hostile/star.css', '* { box-sizing: content-box; line-height: 3 }'],
  'button { all: unset }': ['/hostile/button-unset.css', 'button { all: unset }'],
  // Dark as README asks partners to declare it (`color-scheme: dark`: accents follow the inherited scheme).
  'a dark page': ['/hostile/dark.css', 'html { background: #121212; color: #e8e8e8; color-scheme: dark }'],
};

const BODY =
  '<div id="stage">' +
  '<div class="slot"><cluster-list></cluster-list></div>' +
  '<div class="slot narrow"><cluster-map></cluster-map></div>' +
  '<div class="slot narrow"><cluster-card cluster="marlog"></cluster-card></div>' +
  '<div class="slot"><cluster-explorer></cluster-explorer></div>' +
  '<div class="slot"><cluster-about></cluster-about></div>' +
  '<div class="slot"><cluster-timeline></cluster-timeline></div>' +
  '<div class="slot narrow"><cluster-card cluster="odense-robotics" theme="light"></cluster-card></div>' +
  '<div class="slot"><cluster-timeline theme="dark"></cluster-timeline></div>' +
  '</div>';
const ELEMENTS = 8;

const counts = { sheets: 0, geometry: 0, boxes: 0, colours: 0, texts: 0 };
let server;
let browser;
let context;
/** The clean page: the baseline, restyled as each hostile page's twin. */
let clean;

/** The page with `sheets` after the stage's own. */
const pageWith = (...sheets) => page([stylesheet(STAGE_CSS), ...sheets.map(stylesheet), moduleScript(ES)], BODY);

before(async () => {
  server = await startSite(() => [
    ['/clean.html', { body: pageWith() }],
    ...Object.values(SHEETS).flatMap(([path, body], i) => [
      [`/hostile-${i}.html`, { body: pageWith(path) }],
      ...(body ? [[path, { body, headers: CSS }]] : []),
    ]),
  ]);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  clean = await logging(await context.newPage());
  await clean.goto(`${server.url}/clean.html`);
  await whenRendered(clean);
});

/** `tab`, collecting its console errors and warnings and uncaught exceptions in `tab.problems`. */
function logging(tab) {
  tab.problems = [];
  tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && tab.problems.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (error) => tab.problems.push(`pageerror: ${error}`));
  return tab;
}

after(async () => {
  await browser?.close();
  await server?.close();
  console.log(
    `hostile CSS: ${counts.sheets} stylesheets × ${ELEMENTS} elements = ${counts.geometry} geometry checks ` +
      `(${counts.boxes} boxes within 1 px) and ${counts.geometry} colour checks (${counts.colours} computed colour sets equal); ` +
      `contrast ≥ 4.5:1 for ${counts.texts} texts`,
  );
});

/** Every host's shadow layout on `tab` (see pages/measure.js). */
function layouts(tab) {
  return tab.evaluate(async (url) => {
    const { hosts, shadowLayout } = await import(url);
    return hosts().map((host) => shadowLayout(host));
  }, MEASURE);
}

/** Twin layouts measured (or being measured) so far, by their declarations: several sheets leave the inherited text alone. */
const twins = new Map();

/**
 * The clean page restyled as the twin of a hostile page (`declarations` on its stage) and measured, in
 * one synchronous step in the page, so tests running side by side cannot restyle it in between.
 */
function twinLayouts(declarations) {
  if (!twins.has(declarations)) {
    const measured = clean.evaluate(
      async ([url, css]) => {
        const { hosts, shadowLayout } = await import(url);
        document.getElementById('stage').style.cssText = css;
        return hosts().map((host) => shadowLayout(host));
      },
      [MEASURE, declarations],
    );
    twins.set(declarations, measured);
  }
  return twins.get(declarations);
}

/** Asserts the hostile layouts match the twin's, counting what was compared. */
function assertSameLayouts(label, seen, twin) {
  assert.equal(seen.length, ELEMENTS, `${label}: every element is on the page`);
  for (let i = 0; i < seen.length; i++) {
    const result = compareLayouts(seen[i], twin[i], 1);
    assert.deepEqual(result.differences, [], `${label}, ${seen[i][0].what}: differences from the clean twin`);
    counts.geometry += 1;
    counts.boxes += result.boxes;
    counts.colours += result.colours;
  }
}

test('the clean page: every text ≥ 4.5:1, nothing logged', async () => {
  const contrasts = await clean.evaluate(async (url) => (await import(url)).lowestContrasts(), MEASURE);
  for (const { tag, lowest } of contrasts) assert.ok(lowest.ratio >= 4.5, `${tag}: "${lowest.text}" ${lowest.ratio}:1`);
  assert.deepEqual(clean.problems, []);
});

test('control: the comparison sees a changed gap and a changed accent (public custom properties)', async () => {
  const [base] = await twinLayouts('');
  const [padded] = await twinLayouts('--cluster-card-padding: 2em');
  const [accented] = await twinLayouts('--cluster-accent: rgb(200, 0, 0)');
  const boxes = compareLayouts(padded, base, 1).differences;
  assert.ok(boxes.length > 0 && boxes.every((d) => d.includes(': box ')), `only box differences: ${boxes}`);
  const colours = compareLayouts(accented, base, 1).differences;
  assert.ok(colours.length > 0 && colours.every((d) => d.includes(': colours ')), `only colour differences: ${colours}`);
});

// Two hostile pages at a time, each in a tab of its own (the clean twin is shared, measured atomically).
describe('hostile stylesheets', { concurrency: 2 }, () => {
  for (const [index, name] of Object.keys(SHEETS).entries()) {
    test(`${name}: boxes and colours match the clean twin within 1 px; every text ≥ 4.5:1`, async () => {
      const tab = await logging(await context.newPage());
      await tab.goto(`${server.url}/hostile-${index}.html`);
      await whenRendered(tab);
      const declarations = await tab.evaluate(async (url) => (await import(url)).inheritedText(document.querySelector('.slot')), MEASURE);
      assertSameLayouts(name, await layouts(tab), await twinLayouts(declarations));
      const contrasts = await tab.evaluate(async (url) => (await import(url)).lowestContrasts(), MEASURE);
      for (const { tag, texts, lowest } of contrasts) {
        assert.ok(lowest.ratio >= 4.5, `${name}, <${tag}>: "${lowest.text}" has contrast ${lowest.ratio}:1`);
        counts.texts += texts;
      }
      assert.deepEqual(tab.problems, [], `${name}: nothing logged`);
      counts.sheets += 1;
      await tab.close();
    });
  }
});

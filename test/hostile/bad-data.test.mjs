/**
 * The bad-data corpus (issue 9): proves, counting what it tried, that the data-bearing elements keep working on
 * hostile data and that nothing from the data ever runs or fetches.
 *
 * How: one headless Chromium page (playwright-core) on a loopback server holds live elements from the built CDN
 * bundle — `<cluster-card>` (twice: `clusters` + `cluster`, and `data`), `<cluster-list>`, `<cluster-map>`,
 * `<cluster-explorer>` — and the `danish-clusters/data` entry. Each case is swapped in (`clusters`, `data`, or
 * `src` pointing at a misbehaving response) and run through the data functions; corpus/checks.mjs states what
 * must render. Generated cases: fast-check over the JSON Schema, then one mutation each (fixed seed, printed).
 * Hand-written cases: corpus/hand-written.mjs and corpus/src-responses.mjs.
 * Always: the page-global canary `window.__canary` stays 0 (every payload tries to increment it; every rendered
 * link is clicked, and only http(s)/mailto clicks are cancelled), Object.prototype is untouched, no dialog, no
 * page error, and no request leaves for anything but the page, the built files and the `src` URLs themselves.
 * HOSTILE_SEED=n draws other generated cases; HOSTILE_TIMES=1 prints each case's time.
 */
/* global window -- in the functions given to page.evaluate(), which run in the page */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { openLoopbackPage } from './support/loopback-page.mjs';
import { checkClustersCase, checkDataCase, checkGlobals, checkSrcCase, viewOf } from './corpus/checks.mjs';
import { generatedCases } from './corpus/generated.mjs';
import { handWrittenCases } from './corpus/hand-written.mjs';
import { startServer } from './corpus/server.mjs';

const SEED = Number(process.env.HOSTILE_SEED ?? 20261129);
const GENERATED = 210; // 15 of each of the 14 mutation kinds

const PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>bad data</title>
<!-- Never painted: the checks read the DOM and its layout boxes, and painting was half the work. -->
<style>body { visibility: hidden }</style></head><body>
<cluster-card id="card" cluster="odense-robotics"></cluster-card>
<cluster-card id="record-card" cluster="odense-robotics"></cluster-card>
<cluster-list id="list"></cluster-list>
<cluster-map id="map"></cluster-map>
<cluster-explorer id="explorer"></cluster-explorer>
<script type="module" src="/corpus/page-probe.mjs"></script>
</body></html>`;

let server;
let browser;
let page;
let bundled;
let allowedTags;
const pageErrors = [];
const dialogs = [];
const requests = [];
const tried = { generated: new Map(), handWritten: new Map(), src: 0, clusters: 0, data: 0, explorer: 0 };

before(async () => {
  server = await startServer(PAGE);
  browser = await launchChromium();
  // Whatever leaves for another origin is recorded and never reaches the network.
  page = await openLoopbackPage(browser, server.origin, { pageErrors, dialogs, requests });
  await page.goto(`${server.origin}/page.html`);
  await page.waitForFunction(() => window.probeReady === true);
  bundled = await page.evaluate(() => window.probe.baseline());
  allowedTags = new Set(bundled.tags);
});

after(async () => {
  const list = (counts) => [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
  const total = (counts) => [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(
    `bad data (seed ${SEED}): ${total(tried.generated)} generated (${list(tried.generated)}); ` +
      `${total(tried.handWritten)} hand-written (${list(tried.handWritten)}); ` +
      `through src ${tried.src}, clusters ${tried.clusters} (${tried.explorer} of them also in the explorer), data ${tried.data}`,
  );
  await browser?.close();
  await server?.close();
});

function count(c) {
  const counts = c.origin === 'generated' ? tried.generated : tried.handWritten;
  counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  for (const channel of c.channels) tried[channel]++;
}

/** Problems of one case that no check module sees: page errors and dialogs it caused, the page-wide state. */
function pageProblems(label, errorsBefore, dialogsBefore, globals) {
  const problems = checkGlobals(label, globals, bundled.globals);
  if (pageErrors.length > errorsBefore) problems.push(`${label}: uncaught ${pageErrors.slice(errorsBefore).join(' | ').slice(0, 300)}`);
  if (dialogs.length > dialogsBefore) problems.push(`${label}: a dialog opened: ${dialogs.slice(dialogsBefore).join(' | ')}`);
  return problems;
}

/**
 * Runs cases through `clusters` and `data` (as each case's channels say); returns every problem found. The
 * explorer (the costliest element: map, list and detail view in one) takes every `explorerEvery`-th case.
 */
async function runPropertyCases(cases, explorerEvery = 1) {
  const problems = [];
  // Rejected inputs all show the same bundled data: run them one after another, so the elements re-render little.
  const ordered = [...cases.filter((c) => c.expect.valid), ...cases.filter((c) => !c.expect.valid)];
  for (const [index, c] of ordered.entries()) {
    count(c);
    const view = viewOf(c, bundled);
    const explorer = index % explorerEvery === 0 && !c.skipExplorer;
    if (explorer) tried.explorer++;
    // The detail view opens for the first record of valid data (for rejected data the fallback's list, map and
    // card are checked; its detail view is the explorer's own tests').
    const plan = { cardCluster: view.cardCluster, explorer, detailName: view.valid && view.first ? view.first.name.trim() : undefined };
    const errorsBefore = pageErrors.length;
    const dialogsBefore = dialogs.length;
    const input = { json: c.json, js: c.js };
    const started = Date.now();
    const result = await page.evaluate(
      async ([input, plan, withClusters, withData]) => ({
        clusters: withClusters ? await window.probe.clustersCase(input, plan) : null,
        data: withData ? window.probe.dataCase(input) : null,
        globals: window.probe.globals(),
      }),
      [input, plan, c.channels.includes('clusters'), c.channels.includes('data')],
    );
    if (process.env.HOSTILE_TIMES) console.log(`${Date.now() - started} ms ${c.id}`);
    if (result.clusters) problems.push(...checkClustersCase(c, result.clusters, bundled, allowedTags));
    if (result.data) problems.push(...checkDataCase(c, result.data));
    problems.push(...pageProblems(c.id, errorsBefore, dialogsBefore, result.globals));
  }
  return problems;
}

const report = (problems) => `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`;

const handWritten = handWrittenCases();

test(`hand-written cases through the clusters and data properties and the data functions`, async () => {
  const cases = handWritten.filter((c) => !c.channels.includes('src'));
  assert.ok(cases.length >= 40, `only ${cases.length} hand-written cases`);
  // Every case in the card, list and map; every third also in the explorer, which renders the same cards
  // and map through the same code (its own parts, the key figures and the detail view, see a third).
  const problems = await runPropertyCases(cases, 3);
  assert.deepEqual(problems, [], report(problems));
});

test(`${GENERATED} generated cases (fast-check over the schema, then mutated) through clusters, data and the data functions`, async () => {
  const cases = generatedCases({ seed: SEED, count: GENERATED });
  assert.ok(cases.length >= 200);
  const problems = await runPropertyCases(cases, 6);
  assert.deepEqual(problems, [], report(problems));
});

test('hand-written src responses: BOM, invalid UTF-8, HTML error pages, 404/500, redirect loop, timeout, a body that never ends, 100,000 records', async () => {
  await page.evaluate(() => window.probe.reset());
  const problems = [];
  for (const c of handWritten.filter((c) => c.channels.includes('src'))) {
    count(c);
    const view = viewOf(c, bundled);
    const errorsBefore = pageErrors.length;
    const dialogsBefore = dialogs.length;
    const started = Date.now();
    const result = await page.evaluate(
      async ([c, cardCluster]) => ({ run: await window.probe.srcCase(c, c.src, c.ids, cardCluster), globals: window.probe.globals() }),
      [{ src: c.src, timeout: c.timeout, ids: c.ids }, view.cardCluster],
    );
    if (process.env.HOSTILE_TIMES) console.log(`${Date.now() - started} ms ${c.id}`);
    problems.push(...checkSrcCase(c, result.run, bundled, allowedTags), ...pageProblems(c.id, errorsBefore, dialogsBefore, result.globals));
  }
  await page.evaluate(() => window.probe.reset());
  assert.deepEqual(problems, [], report(problems));
});

test('no request went anywhere but the page, the built files and the src URLs; no uncaught error, no dialog', () => {
  const allowed = (url) => {
    if (!url.startsWith(`${server.origin}/`)) return false;
    const path = new URL(url).pathname;
    return path === '/page.html' || path.startsWith('/corpus/') || path.startsWith('/dist/') || path.startsWith('/src/');
  };
  assert.ok(requests.length > 0, 'requests were recorded');
  assert.deepEqual(requests.filter((url) => !allowed(url)), []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(dialogs, []);
});

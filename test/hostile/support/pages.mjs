/**
 * Building blocks of the hostile pages: the strict CSP of DESIGN.md, script and stylesheet tags (all
 * same-origin files, so the CSP allows them), the page skeleton, the markup holding every element, and
 * `startSite()`, which serves the built bundles from memory beside a file's own pages. The browser-side
 * helpers (test/hostile/pages/*.js) and test/support/contrast.ts (transpiled here) come from the same
 * origin too.
 */
/* global document, requestAnimationFrame -- the browser's, for functions that run in the page */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { serve } from '../../support/static-server.mjs';
import { ES, IIFE, readBuilt, root } from './built.mjs';

export const TAGS = ['cluster-about', 'cluster-card', 'cluster-explorer', 'cluster-list', 'cluster-map', 'cluster-timeline'];
export const CLUSTER_COUNT = 14;
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
export const JS = { 'content-type': 'text/javascript; charset=utf-8' };
/** The bundles may be cached for the run (their text is fixed once read): later pages load faster. */
const CACHED_JS = { ...JS, 'cache-control': 'max-age=600' };
export const CSS = { 'content-type': 'text/css; charset=utf-8' };

/** Same-origin browser-side helpers (served from disk). */
export const PROBE = '/test/hostile/pages/probe.js';
export const MEASURE = '/test/hostile/pages/measure.js';
export const STAGE_CSS = '/test/hostile/pages/stage.css';
/** test/support/contrast.ts as an ES module (served from memory; measure.js imports it). */
export const CONTRAST = '/hostile/contrast.js';

export const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
export const classicScript = (src) => `<script src="${src}"></script>`;
export const stylesheet = (href) => `<link rel="stylesheet" href="${href}">`;

/** A whole page; `html` holds the attributes of `<html>` (default `lang="da"`). */
export function page(head, body, html = 'lang="da"') {
  return `<!doctype html><html ${html}><head><meta charset="utf-8"><title>t</title>${head.join('')}</head><body>${body}</body></html>`;
}

/** One of each element (theme absent): what the coexistence and CSP pages hold. */
export const everything =
  '<cluster-list></cluster-list><cluster-map></cluster-map><cluster-card cluster="odense-robotics"></cluster-card>' +
  '<cluster-explorer></cluster-explorer><cluster-about></cluster-about><cluster-timeline></cluster-timeline>';

/**
 * Serves the two built bundles and contrast.js from memory, every file under the repository from disk,
 * and the pages `entries(built)` returns (`built`: { es, iife }, the bundles' text) as [path, { body, headers }].
 */
export async function startSite(entries = () => []) {
  const [es, iife] = await Promise.all([readBuilt(ES), readBuilt(IIFE)]);
  const contrast = transformSync(readFileSync(new URL('../../support/contrast.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' }).code;
  const pages = new Map([
    [ES, { body: es, headers: CACHED_JS }],
    [IIFE, { body: iife, headers: CACHED_JS }],
    [CONTRAST, { body: contrast, headers: JS }],
    ...entries({ es, iife }),
  ]);
  return serve(root, pages);
}

/**
 * Waits until every element on the page drew its content (list and explorer: all 14 cards), then two
 * more frames, so a map's regrouping for its measured width (a ResizeObserver, then an update) is done.
 */
export async function whenRendered(tab, timeout = 30_000) {
  await tab.waitForFunction(
    (count) =>
      [...document.querySelectorAll('cluster-list, cluster-explorer')].every((e) => e.shadowRoot?.querySelectorAll('.cards .card').length === count) &&
      [...document.querySelectorAll('cluster-map')].every((e) => e.shadowRoot?.querySelector('.pin')) &&
      [...document.querySelectorAll('cluster-card, cluster-about, cluster-timeline')].every((e) => e.shadowRoot?.querySelector('h2, h3')),
    CLUSTER_COUNT,
    { timeout },
  );
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * What every element on the page drew; a self-contained function (no closure) so it can run in any
 * engine: playwright's and puppeteer's evaluate, and webdriverio's execute.
 */
export function summarise() {
  const root = (tag) => document.querySelector(tag)?.shadowRoot;
  const count = (tag, selector) => root(tag)?.querySelectorAll(selector).length ?? -1;
  return {
    'cluster-card': root('cluster-card')?.querySelector('.name')?.textContent.trim() ?? null,
    'cluster-list': count('cluster-list', '.cards .card'),
    'cluster-map': count('cluster-map', '.pin'),
    'cluster-explorer': [count('cluster-explorer', '.cards .card'), count('cluster-explorer', '.pin')],
    'cluster-about': count('cluster-about', 'h2'),
    'cluster-timeline': count('cluster-timeline', 'li'),
  };
}

/** What `summarise()` must return for `everything` (map markers: at least 4 after grouping). */
export function assertSummary(assert, seen, label) {
  const at = `${label}: ${JSON.stringify(seen)}`;
  assert.equal(seen['cluster-card'], 'Odense Robotics', at);
  assert.equal(seen['cluster-list'], CLUSTER_COUNT, at);
  assert.ok(seen['cluster-map'] >= 4, at);
  assert.equal(seen['cluster-explorer'][0], CLUSTER_COUNT, at);
  assert.ok(seen['cluster-explorer'][1] >= 4, at);
  assert.equal(seen['cluster-about'], 4, at);
  assert.ok(seen['cluster-timeline'] >= 10, at);
}

/** The tags one define() warning names; fails on any other text. */
export function takenTags(assert, warning) {
  const match = warning.match(/^danish-clusters: (.+) already defined by other code; this copy did not replace it\./);
  assert.ok(match, `the define() warning: ${warning}`);
  return match[1].split(', ');
}

/** Exactly one library warning, naming exactly `tags` (each once). */
export function assertOneWarning(assert, libraryWarnings, tags) {
  assert.equal(libraryWarnings.length, 1, `one library warning, got: ${JSON.stringify(libraryWarnings)}`);
  assert.deepEqual([...takenTags(assert, libraryWarnings[0])].sort(), [...tags].sort());
}

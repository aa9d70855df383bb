/**
 * The embed configurator's promise: a copied snippet renders what the preview showed. For several
 * configurations the snippet (stories/configurator/snippet.ts) goes ALONE into a blank page with the built
 * CDN module (self-hosted at /dist/cdn/danish-clusters.js); a second blank page renders the same configuration
 * the way the configurator's preview does (stories/configurator/preview.ts: a fresh element with the
 * generator's attribute list). Both are opened in headless Chromium and their normalised snapshots must be
 * equal, each also meets facts of its own (robotics → Odense Robotics only, ceased → MARLOG, …), and neither
 * page logs an error or a warning. The CDN form of the snippet is loaded too, its jsDelivr URL answered with
 * the built file: the integrity of dist/cdn/integrity.json lets it run, a wrong one is refused.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CDN_FILE = '/dist/cdn/danish-clusters.js';
const selfHosted = { kind: 'self-hosted', path: CDN_FILE };

/** snippet.ts and preview.ts bundled by esbuild: an ES module for Node, a classic script (global) for the pages. */
async function bundle(format) {
  const result = await build({
    stdin: {
      contents: "export * from './snippet.ts'; export { previewElement } from './preview.ts';",
      resolveDir: fileURLToPath(new URL('../../stories/configurator/', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format,
    globalName: format === 'iife' ? 'ConfiguratorPreview' : undefined,
    write: false,
  });
  return result.outputFiles[0].text;
}
const generator = await import(`data:text/javascript;base64,${Buffer.from(await bundle('esm')).toString('base64')}`);
const previewScript = await bundle('iife');

const data = JSON.parse(readFileSync(new URL('../../src/data/clusters.json', import.meta.url), 'utf8'));
const nameOf = (id) => data.clusters.find((cluster) => cluster.id === id).name;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const integrity = JSON.parse(readFileSync(new URL('../../dist/cdn/integrity.json', import.meta.url), 'utf8'));

/** A blank page: no lang, no styles, nothing but `body`. */
const blankPage = (body) => `<!doctype html><html><head><meta charset="utf-8"><title>Snippet</title></head><body>\n${body}</body></html>`;

/**
 * The configurations, each with the facts its rendering must show besides equalling the preview. `seen` is
 * the snapshot of the snippet's page.
 */
const configurations = [
  {
    name: 'list, area robotics, in English',
    element: 'cluster-list',
    attributes: { area: 'robotics', lang: 'en' },
    facts(seen) {
      assert.deepEqual(seen.cardNames, ['Odense Robotics']);
      assert.match(seen.text, /Strength area/, 'English controls');
    },
  },
  {
    name: 'list, ceased clusters as a list',
    element: 'cluster-list',
    attributes: { status: 'ceased', layout: 'list' },
    facts(seen) {
      assert.deepEqual(seen.cardNames, [nameOf('marlog')]);
      assert.equal(seen.compactCards, 1, 'layout="list" shows compact cards');
      assert.match(seen.text, /Ophørt/, 'Danish (a blank page declares no language)');
    },
  },
  {
    name: 'list, search "Food & Bio" (escaped in the snippet), 2 controls, limit, sync-url',
    element: 'cluster-list',
    attributes: { query: 'Food & Bio', controls: 'search status', limit: 3, 'sync-url': true },
    snippetIncludes: 'query="Food &amp; Bio"',
    facts(seen) {
      assert.equal(seen.attributes.query, 'Food & Bio');
      assert.ok(seen.cardNames.includes(nameOf('food-bio-cluster-denmark')), seen.cardNames.join(', '));
      assert.deepEqual(seen.controls, ['search'], 'the search box, and the status select');
      assert.equal(seen.selects, 1);
    },
  },
  {
    name: 'card, MADE, compact, dark theme',
    element: 'cluster-card',
    attributes: { cluster: 'made', variant: 'compact', theme: 'dark' },
    snippetIncludes: 'cluster-card[variant="compact"]:not(:defined)',
    facts(seen) {
      assert.deepEqual(seen.cardNames, [nameOf('made')]);
      assert.equal(seen.compactCards, 1);
      assert.equal(seen.color, 'rgb(236, 236, 241)', 'theme="dark" sets the light text colour');
    },
  },
  {
    name: 'map, Capital Region',
    element: 'cluster-map',
    attributes: { region: 'DK-84' },
    facts(seen) {
      const capital = data.clusters.filter((cluster) => cluster.region === 'DK-84').map((cluster) => cluster.name);
      assert.equal(seen.mapUndimmed.length, capital.length, seen.mapUndimmed.join(' | '));
      for (const item of seen.mapUndimmed) assert.ok(capital.some((name) => item.startsWith(`${name}, `)), item);
      assert.ok(seen.pins > 0 && seen.undimmedPins > 0 && seen.undimmedPins < seen.pins, `${seen.undimmedPins} of ${seen.pins} markers lit`);
    },
  },
  {
    name: 'explorer, search aarhus',
    element: 'cluster-explorer',
    attributes: { query: 'aarhus' },
    facts(seen) {
      assert.ok(seen.cardNames.length > 0 && seen.cardNames.length < data.clusters.length, seen.cardNames.join(', '));
      assert.equal(seen.searchValue, 'aarhus');
    },
  },
  {
    name: 'about, history, in English',
    element: 'cluster-about',
    attributes: { topic: 'history', lang: 'en' },
    facts(seen) {
      assert.deepEqual(seen.topics, ['history']);
      assert.equal(seen.headings.length, 1);
      assert.equal(seen.headingTags, 'H2');
    },
  },
  {
    name: 'timeline, horizontal, heading level 3',
    element: 'cluster-timeline',
    attributes: { layout: 'horizontal', 'heading-level': 3 },
    facts(seen) {
      assert.equal(seen.timelineItems, data.milestones.length);
      assert.equal(seen.horizontal, true);
      assert.equal(seen.headingTags, 'H3');
    },
  },
];

let server;
let browser;
/** One context for every visit: each visit is a page of its own (a context costs twice what a page does). */
let context;

before(async () => {
  const pages = new Map([
    ['/preview-lib.js', { body: previewScript, headers: { 'content-type': 'text/javascript; charset=utf-8' } }],
    ['/preview.html', { body: blankPage(`<script type="module" src="${CDN_FILE}"></script>\n<script src="/preview-lib.js"></script>\n`) }],
  ]);
  configurations.forEach((config, i) => {
    config.snippet = generator.embedSnippet({ element: config.element, attributes: config.attributes, script: selfHosted });
    pages.set(`/snippet-${i}.html`, { body: blankPage(config.snippet) });
  });
  server = await serve(root, pages);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the page: waits until the element is defined and its updates (and a measuring pass) are done. */
async function settle(tag) {
  await customElements.whenDefined(tag);
  const element = document.querySelector(tag);
  for (let round = 0; round < 4; round += 1) {
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
}

/** Runs in the page: what a visitor sees of the element, normalised. */
function snapshot(tag) {
  const element = document.querySelector(tag);
  const shadow = element.shadowRoot;
  const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
  const all = (selector) => [...shadow.querySelectorAll(selector)];
  const headings = all('h1, h2, h3, h4, h5, h6');
  return {
    attributes: Object.fromEntries(element.getAttributeNames().sort().map((name) => [name, element.getAttribute(name)])),
    text: text(shadow),
    cardNames: all('.card [part~="name"]').map(text),
    compactCards: all('.card.compact').length,
    controls: all('input[type="search"]').map(() => 'search'),
    selects: all('select').length,
    searchValue: shadow.querySelector('input[type="search"]')?.value,
    headings: headings.map(text),
    headingTags: [...new Set(headings.map((h) => h.tagName))].join(' '),
    topics: all('[data-topic]').map((section) => section.dataset.topic),
    pins: all('.pin').length,
    undimmedPins: all('.pin:not([data-dim])').length,
    mapUndimmed: all('ul.visually-hidden li').map(text).filter((item) => !/uden for filteret|outside the filter/.test(item)),
    timelineItems: all('li[part~="item"]').length,
    horizontal: Boolean(shadow.querySelector('.wrap.horizontal')),
    color: getComputedStyle(element).color,
  };
}

/** Opens `path` in a new page, lets `prepare(tab)` act, settles `tag`, returns the snapshot and what the page logged. */
async function visit(path, tag, prepare = async () => {}, { route } = {}) {
  const tab = await context.newPage();
  if (route) await tab.route(route.url, route.handler);
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(String(error)));
  try {
    await tab.goto(server.url + path);
    await prepare(tab);
    await tab.evaluate(settle, tag);
    return { seen: await tab.evaluate(snapshot, tag), problems };
  } finally {
    await tab.close();
  }
}

/** The preview: a blank page with the library, where the configurator's preview code creates the element. */
function visitPreview(config) {
  return visit('/preview.html', config.element, (tab) =>
    tab.evaluate(async ({ element, attributes }) => {
      await customElements.whenDefined(element);
      const { embedAttributes, previewElement } = window.ConfiguratorPreview;
      document.body.append(previewElement(document, element, embedAttributes(element, attributes).attributes));
    }, { element: config.element, attributes: config.attributes }),
  );
}

configurations.forEach((config, i) => {
  test(`snippet alone renders what the preview shows: ${config.name}`, async () => {
    assert.ok(config.snippet.startsWith(`<script type="module" src="${CDN_FILE}"></script>\n<style>\n`), config.snippet);
    if (config.snippetIncludes) assert.ok(config.snippet.includes(config.snippetIncludes), config.snippet);
    const [fromSnippet, fromPreview] = await Promise.all([visit(`/snippet-${i}.html`, config.element), visitPreview(config)]);
    assert.deepEqual(fromSnippet.problems, [], 'the snippet page logs nothing');
    assert.deepEqual(fromPreview.problems, [], 'the preview page logs nothing');
    assert.deepEqual(fromSnippet.seen, fromPreview.seen);
    assert.ok(fromSnippet.seen.text.length > 0, 'the element rendered');
    config.facts(fromSnippet.seen);
  });
});

test('the CDN snippet with the integrity of dist/cdn/integrity.json runs; a wrong integrity is refused', async () => {
  assert.equal(integrity.version, pkg.version, 'dist/cdn/integrity.json is for this version');
  const cdnUrl = `https://cdn.jsdelivr.net/npm/danish-clusters@${pkg.version}/dist/cdn/danish-clusters.js`;
  // The public CDN is not reachable from the test: its URL answers with the built file, as jsDelivr would (CORS).
  const route = {
    url: cdnUrl,
    handler: (routed) =>
      routed.fulfill({
        status: 200,
        headers: { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' },
        body: readFileSync(new URL(`../..${CDN_FILE}`, import.meta.url)),
      }),
  };
  const page = (hash) => {
    const snippet = generator.embedSnippet({
      element: 'cluster-card',
      attributes: { cluster: 'odense-robotics' },
      script: { kind: 'cdn', version: pkg.version, integrity: hash },
    });
    assert.ok(snippet.includes(`src="${cdnUrl}" integrity="${hash}" crossorigin="anonymous"`), snippet);
    return blankPage(snippet);
  };
  server.pages.set('/cdn-good.html', { body: page(integrity.files['danish-clusters.js']) });
  server.pages.set('/cdn-bad.html', { body: page(integrity.files['danish-clusters.iife.js']) });

  const good = await visit('/cdn-good.html', 'cluster-card', undefined, { route });
  assert.deepEqual(good.problems, []);
  assert.deepEqual(good.seen.cardNames, ['Odense Robotics']);

  // A context of its own: nothing cached from the good file's visit.
  const fresh = await browser.newContext();
  await fresh.route(route.url, route.handler);
  const tab = await fresh.newPage();
  const errors = [];
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${server.url}/cdn-bad.html`);
  await tab.waitForLoadState('load');
  assert.equal(await tab.evaluate(() => customElements.get('cluster-card')), undefined, 'the altered file did not run');
  assert.ok(errors.some((text) => /integrity/i.test(text)), errors.join('\n'));
  await fresh.close();
});

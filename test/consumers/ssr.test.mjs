/**
 * Door 4, server rendering: a Node consumer renders <cluster-card> and <cluster-list> with @lit-labs/ssr
 * (declarative shadow DOM) to a static page, in Danish (no `lang`: under SSR the language is the
 * element's own `lang`, else Danish) and in English (`lang="en"` on the elements). The HTML string is
 * checked, then the page is opened in headless Chromium with JavaScript disabled: the clusters must be
 * there, visible and laid out, from the server's HTML alone. Then, with JavaScript, the opt-in entry
 * `danish-clusters/hydrate.js` (bundled by the consumer) hydrates the page: no error, no layout shift, the
 * server's DOM kept (not rendered a second time), and the elements work.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';
import { prepareConsumer, root } from './support/consumer.mjs';

const dataset = JSON.parse(readFileSync(join(root, 'src/data/clusters.json'), 'utf8'));
const MADE = dataset.clusters.find((cluster) => cluster.id === 'made').name; // "MADE – Manufacturing Academy of Denmark"
/** The first three of the default list: sorted by name in Danish collation, ceased clusters last. */
const collator = new Intl.Collator('da');
const FIRST_THREE = dataset.clusters
  .toSorted(
    (a, b) =>
      Number(a.status?.state === 'ceased') - Number(b.status?.state === 'ceased') || collator.compare(a.name, b.name),
  )
  .slice(0, 3)
  .map((cluster) => cluster.name);

let dir;
let markup;
let renderOutput;
let server;
let browser;

before(async () => {
  dir = prepareConsumer('ssr');
  // `npm run render`, with its output kept: the library must not warn while rendering on the server.
  const run = spawnSync('npm', ['run', 'render', '--silent'], { cwd: dir, encoding: 'utf8' });
  renderOutput = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 0, `npm run render failed:\n${renderOutput}`);
  markup = readFileSync(join(dir, 'out/index.html'), 'utf8');
  server = await serve(join(dir, 'out'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const decode = (text) =>
  text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/** The server-rendered markup of each placed element, in page order, without Lit's part markers (comments). */
function renderedElements(html) {
  return [...html.matchAll(/<(cluster-card|cluster-list)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map(([, tag, open, inner]) => ({
    tag,
    lang: /\blang="([^"]*)"/.exec(open)?.[1],
    inner: inner.replace(/<!--[\s\S]*?-->/g, ''),
  }));
}

/** The visible names of the cards (the text of their headings' buttons), entity-decoded. */
const cardNames = (html) =>
  [...html.matchAll(/<h[1-6] class="name"[^>]*>\s*<button\b[^>]*>([^<]*)<\/button>/g)].map(([, name]) => decode(name.trim()));

test('the server renders each element as a declarative shadow root with its content, in its language', () => {
  assert.doesNotMatch(renderOutput, /<cluster-|danish-clusters:|Error/, `no warning while rendering:\n${renderOutput}`);
  const elements = renderedElements(markup);
  assert.deepEqual(
    elements.map(({ tag, lang }) => `${tag}${lang ? `[lang=${lang}]` : ''}`),
    ['cluster-card', 'cluster-list', 'cluster-card[lang=en]', 'cluster-list[lang=en]'],
  );
  for (const { tag, inner } of elements) {
    assert.match(inner, /^<template\b[^>]*\bshadowrootmode="open"[^>]*><style>/, `${tag}: a declarative shadow root with its styles first`);
  }
  const [cardDa, listDa, cardEn, listEn] = elements.map(({ inner }) => inner);

  assert.deepEqual(cardNames(cardDa), [MADE]);
  assert.match(cardDa, /<dt>Hovedkontor<\/dt>/);
  assert.match(cardDa, /<dt>Hjemmeside<\/dt>/);
  assert.match(cardDa, /ukendt/, 'MADE has no known head office');
  assert.doesNotMatch(cardDa, /Head office|Website/);

  assert.deepEqual(cardNames(cardEn), [MADE]);
  assert.match(cardEn, /<dt>Head office<\/dt>/);
  assert.match(cardEn, /<dt>Founded<\/dt>/);
  assert.match(cardEn, /<dt>Website<\/dt>/);
  assert.match(cardEn, />unknown</);
  assert.doesNotMatch(cardEn, /Hovedkontor|Hjemmeside|ukendt/);

  assert.deepEqual(cardNames(listDa), FIRST_THREE);
  assert.match(listDa, /14 klynger/);
  assert.match(listDa, /Vis alle \(14\)/);
  assert.deepEqual(cardNames(listEn), FIRST_THREE);
  assert.match(listEn, /14 clusters/);
  assert.match(listEn, /Show all \(14\)/);
  assert.match(listEn, /<dt>Head office<\/dt>/);
  assert.doesNotMatch(listEn, /Hovedkontor|Vis alle/);
});

test('every filter drop-down in the HTML marks exactly one option as selected', () => {
  // An <option> with any `selected` attribute — even selected="false" — is selected when the browser parses
  // the page; with several, the last one wins. Only the chosen option may carry it.
  const selects = [...markup.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<select\b[^>]*>([\s\S]*?)<\/select>/g)].map(([, options]) => options);
  assert.equal(selects.length, 8, 'two lists with four drop-downs each');
  for (const options of selects) {
    const marked = [...options.matchAll(/<option\b([^>]*)>([^<]*)/g)]
      .filter(([, attributes]) => /\sselected\b/.test(attributes))
      .map(([, attributes, label]) => `${label.trim()} (${attributes.trim()})`);
    assert.equal(marked.length, 1, `one selected option, not: ${marked.join(' | ')}`);
  }
});

/** Opens the server-rendered page with JavaScript disabled. */
async function openWithoutScripts() {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/index.html`);
  return { context, page };
}

test('with JavaScript disabled, Chromium shows the clusters from the declarative shadow DOM', async () => {
  const { context, page } = await openWithoutScripts();
  const seen = await page.evaluate(() => {
    const visibleText = (element) =>
      element && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? element.innerText.trim() : null;
    const describe = (host) => {
      const shadow = host.shadowRoot;
      if (!shadow) return { shadowRoot: false, template: !!host.querySelector('template') };
      const cards = [...shadow.querySelectorAll('.card')];
      return {
        shadowRoot: true,
        template: !!host.querySelector('template'),
        height: host.getBoundingClientRect().height,
        names: cards.map((card) => visibleText(card.querySelector('.name'))),
        cardHeights: cards.map((card) => card.getBoundingClientRect().height),
        facts: [...shadow.querySelectorAll('dt')].map(visibleText).filter(Boolean).slice(0, 3),
        showAll: visibleText(shadow.querySelector('[part="show-all"]')),
      };
    };
    return {
      scripts: document.documentElement.dataset.scripts ?? 'off',
      defined: typeof customElements === 'undefined' ? 'no registry' : !!customElements.get('cluster-card'),
      hosts: [...document.querySelectorAll('cluster-card, cluster-list')].map(describe),
    };
  });
  assert.equal(seen.scripts, 'off', 'the page ran no script');
  assert.notEqual(seen.defined, true, 'no element is defined: what shows is the server’s HTML');
  const [cardDa, listDa, cardEn, listEn] = seen.hosts;
  for (const host of seen.hosts) {
    assert.equal(host.shadowRoot, true, 'the declarative shadow root was attached by the parser');
    assert.equal(host.template, false, 'the <template> was consumed, not left in the light DOM');
  }

  assert.deepEqual(cardDa.names, [MADE]);
  assert.ok(cardDa.height > 100, `the card has a real height: ${cardDa.height}px`);
  assert.deepEqual(cardDa.facts, ['Hovedkontor', 'Stiftet', 'Klyngeprogram 2025–2028']);
  assert.deepEqual(cardEn.names, [MADE]);
  assert.ok(cardEn.height > 100, `the English card has a real height: ${cardEn.height}px`);
  assert.deepEqual(cardEn.facts, ['Head office', 'Founded', 'Cluster programme 2025–2028']);

  for (const [list, showAll] of [
    [listDa, 'Vis alle (14)'],
    [listEn, 'Show all (14)'],
  ]) {
    assert.deepEqual(list.names, FIRST_THREE, 'the list shows three cards, with visible names');
    for (const height of list.cardHeights) assert.ok(height > 100, `a list card has a real height: ${height}px`);
    assert.equal(list.showAll, showAll);
  }
  await context.close();
});

test('with JavaScript disabled, the filter drop-downs show their defaults', async () => {
  const { context, page } = await openWithoutScripts();
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('cluster-list')].map((list) =>
      [...list.shadowRoot.querySelectorAll('select')].map((select) => select.selectedOptions[0]?.textContent.trim()),
    ),
  );
  assert.deepEqual(shown, [
    ['Alle styrkepositioner', 'Alle regioner', 'Alle', 'Navn'],
    ['All strength areas', 'All regions', 'All', 'Name'],
  ]);
  await context.close();
});

test('with JavaScript, danish-clusters/hydrate.js hydrates the page: no error, no layout shift, the server DOM kept', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.addInitScript(() => {
    // Shifts from the moment the hydration script may load (`__hydrationFrom`, set by the test once the
    // parsed server DOM has painted). Before that, a busy machine may paint the page half parsed (a filter
    // row whose first fields grow to fill it until the rest arrive): that is streaming HTML, not
    // hydration, and is listed apart (`parseShifted`).
    window.__shift = 0;
    window.__shifted = [];
    window.__parseShifted = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const parsed = window.__hydrationFrom !== undefined && entry.startTime >= window.__hydrationFrom;
        if (parsed) window.__shift += entry.value;
        // What moved, for the messages.
        for (const { node, previousRect, currentRect } of entry.sources) {
          const name = node ? `${node.nodeName.toLowerCase()}${node.className ? `.${String(node.className).trim().replaceAll(' ', '.')}` : ''}` : '?';
          const moved = `${name} at ${Math.round(entry.startTime)} ms: ${JSON.stringify(previousRect)} → ${JSON.stringify(currentRect)}`;
          (parsed ? window.__shifted : window.__parseShifted).push(moved);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // The server's nodes, taken after parsing and before the (deferred) module script hydrates.
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const card = document.querySelector('cluster-card');
      window.__serverName = card.shadowRoot.querySelector('.name');
      window.__serverHeight = card.getBoundingClientRect().height;
    });
  });
  // The hydration script is held until the whole server DOM has been parsed and painted.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/client.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server.url}/index.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState === 'interactive');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => (window.__hydrationFrom = performance.now()));
  release();
  await page.waitForFunction(() => customElements.get('cluster-card') && customElements.get('cluster-list'));
  const seen = await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('cluster-card, cluster-list')];
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const card = document.querySelector('cluster-card');
    const list = document.querySelector('cluster-list');
    let selected = 0;
    document.addEventListener('cluster-select', () => (selected += 1));
    list.shadowRoot.querySelector('.activate').click();
    await list.updateComplete;
    return {
      keptServerNode: !!window.__serverName && window.__serverName.isConnected && card.shadowRoot.contains(window.__serverName),
      heightBefore: window.__serverHeight,
      heightAfter: card.getBoundingClientRect().height,
      cards: list.shadowRoot.querySelectorAll('.card').length,
      names: card.shadowRoot.querySelectorAll('.name').length,
      shift: window.__shift,
      shifted: window.__shifted,
      parseShifted: window.__parseShifted,
      hydrationFrom: window.__hydrationFrom,
      selected,
      listSelected: list.selected,
    };
  });
  assert.equal(seen.keptServerNode, true, 'the card kept the server-rendered heading (hydrated, not re-rendered)');
  assert.equal(seen.names, 1, 'one heading: nothing rendered twice');
  assert.equal(seen.cards, 3);
  assert.ok(Math.abs(seen.heightAfter - seen.heightBefore) <= 1, `card height ${seen.heightBefore} → ${seen.heightAfter}`);
  if (seen.parseShifted.length) console.log(`before hydration (until ${Math.round(seen.hydrationFrom)} ms), streaming: ${seen.parseShifted.join('; ')}`);
  assert.equal(seen.shift, 0, `cumulative layout shift from hydration on ${seen.shift}: ${seen.shifted.join('; ')}`);
  assert.equal(seen.selected, 1, 'the hydrated list fires cluster-select');
  assert.ok(seen.listSelected, 'and marks the selection');
  assert.deepEqual(problems, []);
  await context.close();
});

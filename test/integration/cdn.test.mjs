/**
 * The built CDN files, alone in plain pages served over loopback, in headless Chromium: what a partner
 * who pastes one script tag gets.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server;
let browser;

const moduleTag = '<script type="module" src="/dist/cdn/danish-clusters.js"></script>';
const classicTag = '<script src="/dist/cdn/danish-clusters.iife.js"></script>';

function page(lang, script, body) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>${script}</head><body>${body}</body></html>`;
}

const card = '<cluster-card cluster="odense-robotics"><a id="fallback" href="https://www.odenserobotics.dk">Odense Robotics</a></cluster-card>';

before(async () => {
  const pages = new Map([
    ['/module-da.html', { body: page('da', moduleTag, card) }],
    ['/module-en.html', { body: page('en', moduleTag, card) }],
    ['/classic-da.html', { body: page('da', classicTag, card) }],
    ['/classic-en.html', { body: page('en-GB', classicTag, card) }],
  ]);
  server = await serve(root, pages);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page, waits for the card to render, returns what a visitor sees and what went wrong. */
async function visit(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(String(error)));
  await tab.goto(server.url + path);
  await tab.waitForFunction(() => document.querySelector('cluster-card')?.shadowRoot?.querySelector('.name'));
  const seen = await tab.evaluate(() => {
    const element = document.querySelector('cluster-card');
    const shadow = element.shadowRoot;
    const fallback = document.getElementById('fallback');
    return {
      name: shadow.querySelector('.name').textContent.trim(),
      text: shadow.textContent.replace(/\s+/g, ' '),
      fallbackVisible: fallback.getClientRects().length > 0,
      height: element.getBoundingClientRect().height,
      global: typeof window.DanishClusters,
      globalClass: typeof window.DanishClusters?.ClusterCard,
      globalData: window.DanishClusters?.clusters?.length,
    };
  });
  await context.close();
  return { ...seen, problems };
}

for (const [path, language, label] of [
  ['/module-da.html', 'Danish', 'Hovedkontor'],
  ['/module-en.html', 'English', 'Head office'],
  ['/classic-da.html', 'Danish', 'Hovedkontor'],
  ['/classic-en.html', 'English', 'Head office'],
]) {
  const kind = path.startsWith('/module') ? 'ES module' : 'IIFE';
  test(`${kind} CDN file alone shows Odense Robotics in ${language}`, async () => {
    const seen = await visit(path);
    assert.equal(seen.name, 'Odense Robotics');
    assert.ok(seen.text.includes(label), `expected "${label}" in: ${seen.text}`);
    assert.ok(seen.text.includes('Odense'), 'head-office city shown');
    assert.equal(seen.fallbackVisible, false, 'light-DOM fallback hidden once rendered');
    assert.ok(seen.height > 100, `card has its height (${seen.height}px)`);
    assert.deepEqual(seen.problems, []);
    if (kind === 'IIFE') {
      assert.equal(seen.global, 'object', 'one global DanishClusters');
      assert.equal(seen.globalClass, 'function');
      assert.equal(seen.globalData, 14);
    } else {
      assert.equal(seen.global, 'undefined', 'the ES module adds no global');
    }
  });
}

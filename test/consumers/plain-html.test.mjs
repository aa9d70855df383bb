/**
 * Door 1, a script tag: a partner's static site self-hosts the CDN files taken from the installed npm
 * package (ES module and classic script), with the README's `:not(:defined)` snippet and a light-DOM
 * fallback link, served over loopback and opened in headless Chromium.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';
import { prepareConsumer } from './support/consumer.mjs';

let server;
let browser;

before(async () => {
  const dir = prepareConsumer('plain-html');
  // What a partner does: copy the two files out of the package into their own assets folder.
  mkdirSync(join(dir, 'assets'));
  for (const file of ['danish-clusters.js', 'danish-clusters.iife.js']) {
    cpSync(join(dir, 'node_modules/danish-clusters/dist/cdn', file), join(dir, 'assets', file));
  }
  server = await serve(dir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and collects what went wrong on it. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${server.url}/${path}`);
  return { page, problems };
}

for (const [path, kind] of [
  ['module.html', 'ES module'],
  ['classic.html', 'classic script (IIFE)'],
]) {
  test(`the self-hosted ${kind} renders the card and the list; the fallback link hides`, async () => {
    const { page, problems } = await open(path);
    await page.waitForFunction(() => document.querySelector('cluster-list')?.shadowRoot?.querySelectorAll('.card').length > 0);
    const seen = await page.evaluate(() => ({
      name: document.querySelector('cluster-card').shadowRoot.querySelector('.name')?.textContent.trim(),
      fallbackVisible: document.querySelector('cluster-card > a').getClientRects().length > 0,
      cards: document.querySelector('cluster-list').shadowRoot.querySelectorAll('.card').length,
      showAll: document.querySelector('cluster-list').shadowRoot.querySelector('[part="show-all"]')?.textContent.trim(),
    }));
    assert.equal(seen.name, 'Odense Robotics');
    assert.equal(seen.fallbackVisible, false);
    assert.equal(seen.cards, 4);
    assert.equal(seen.showAll, 'Vis alle (14)');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('before the script runs, the :not(:defined) snippet reserves the space and the fallback link shows', async () => {
  const { page, problems } = await open('no-script.html');
  const seen = await page.evaluate(() => ({
    defined: !!customElements.get('cluster-card'),
    fallbackVisible: document.querySelector('cluster-card > a').getClientRects().length > 0,
    card: document.querySelector('cluster-card').getBoundingClientRect().height,
    list: document.querySelector('cluster-list').getBoundingClientRect().height,
    map: document.querySelector('cluster-map').getBoundingClientRect().height,
    em: parseFloat(getComputedStyle(document.body).fontSize),
  }));
  assert.equal(seen.defined, false);
  assert.equal(seen.fallbackVisible, true);
  assert.ok(seen.card >= 16 * seen.em, `card reserves 16em: ${seen.card}px`);
  assert.ok(seen.list >= 40 * seen.em, `list reserves 40em: ${seen.list}px`);
  assert.ok(Math.abs(seen.map - 600) <= 1, `map reserves 1000:1200 of 500px: ${seen.map}px`);
  assert.deepEqual(problems, []);
  await page.close();
});

/**
 * Door 2, npm and a bundler: a Vite + TypeScript app that imports only `danish-clusters/cluster-list.js`.
 * `tsc` type-checks its use of the typed event (`event.detail.id`), `vite build` bundles it, and the
 * built app is served and opened in headless Chromium. Its bundle must hold no map geometry: importing
 * one element brings that element only.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';
import { prepareConsumer, root, runScript } from './support/consumer.mjs';

let dir;
let server;
let browser;

before(async () => {
  dir = prepareConsumer('vite-vanilla');
  runScript(dir, 'build'); // tsc && vite build
  server = await serve(join(dir, 'dist'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the app bundle has the list and no map geometry (tree-shaking)', () => {
  const assets = join(dir, 'dist/assets');
  const code = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
  const geometry = readFileSync(join(root, 'src/geo/denmark.ts'), 'utf8').match(/landPath = '(M[^']{40})/)[1];
  assert.ok(code.includes('cluster-list'), 'the list is in the bundle');
  assert.ok(!code.includes(geometry), 'the land outline of the map is not in the bundle');
  assert.ok(!code.includes('Made with Natural Earth'), 'the map is not in the bundle');
});

test('the built app shows the list; selecting a card reaches the app as a typed event', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => document.querySelector('cluster-list')?.shadowRoot?.querySelectorAll('.card').length > 0);
  const cards = await page.evaluate(() => document.querySelector('cluster-list').shadowRoot.querySelectorAll('.card').length);
  assert.equal(cards, 5);
  await page.locator('cluster-list .activate').first().click();
  const selected = await page.locator('#selected').textContent();
  assert.match(selected, /^[a-z0-9-]+$/, `the app got the id: "${selected}"`);
  assert.deepEqual(problems, []);
  await page.close();
});

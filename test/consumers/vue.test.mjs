/**
 * Door 3, Vue 3: a Vite + Vue app using `<cluster-list>` as a custom element (`isCustomElement`), with a
 * bound attribute that Vue updates, a number given as a property, and the element's DOM event handled
 * by Vue (`@cluster-select`). Type-checked with vue-tsc, built with Vite, opened in headless Chromium.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';
import { prepareConsumer, runScript } from './support/consumer.mjs';

let server;
let browser;

before(async () => {
  const dir = prepareConsumer('vue');
  runScript(dir, 'build'); // vue-tsc --noEmit && vite build
  server = await serve(join(dir, 'dist'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Vue renders the list, passes attributes and properties, and hears cluster-select', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => document.querySelector('cluster-list')?.shadowRoot?.querySelectorAll('.card').length > 0);
  const cardCount = () => page.evaluate(() => document.querySelector('cluster-list').shadowRoot.querySelectorAll('.card').length);
  assert.equal(await cardCount(), 3, ':limit="3" reached the element');
  assert.equal(await page.evaluate(() => document.querySelector('cluster-list').shadowRoot.querySelectorAll('select').length), 0, 'controls="search"');

  await page.click('#ceased');
  await page.waitForFunction(() => document.querySelector('cluster-list').getAttribute('status') === 'ceased');
  await page.waitForFunction(() => document.querySelector('cluster-list').shadowRoot.querySelectorAll('.card').length === 1);

  await page.locator('cluster-list .activate').first().click();
  await page.waitForFunction(() => document.querySelector('#selected').textContent !== '');
  assert.equal(await page.locator('#selected').textContent(), 'marlog');
  assert.deepEqual(problems, []);
  await page.close();
});

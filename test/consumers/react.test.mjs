/**
 * Doors 4 and 5, React: a React 18 app with the typed wrappers of `danish-clusters/react`
 * (`onClusterSelect` gets the typed event), and a React 19 app using the elements directly in JSX,
 * typed by `danish-clusters/jsx`. In both, `tsc` must reject a wrong attribute value (`@ts-expect-error`
 * in src/invalid.tsx), Vite builds the app, and headless Chromium shows that props reach the element,
 * a state change re-renders it, and selecting a card reaches React.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';
import { packedTarball, prepareConsumer, runScript } from './support/consumer.mjs';

const servers = {};
let browser;

before(async () => {
  const tarball = packedTarball();
  for (const name of ['react18', 'react19']) {
    const dir = prepareConsumer(name, tarball);
    runScript(dir, 'build'); // tsc && vite build
    servers[name] = await serve(join(dir, 'dist'));
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

for (const [name, how] of [
  ['react18', 'React 18 with the danish-clusters/react wrappers'],
  ['react19', 'React 19 with the elements in JSX'],
]) {
  test(`${how}: props, a re-render and cluster-select`, async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${servers[name].url}/index.html`);
    await page.waitForFunction(() => document.querySelector('cluster-list')?.shadowRoot?.querySelectorAll('.card').length > 0);
    const shadowCount = (selector) => page.evaluate((s) => document.querySelector('cluster-list').shadowRoot.querySelectorAll(s).length, selector);
    assert.equal(await shadowCount('.card'), 3, 'limit={3} reached the element');
    assert.equal(await shadowCount('select'), 0, 'controls="search"');

    await page.click('#ceased');
    await page.waitForFunction(() => document.querySelector('cluster-list').shadowRoot.querySelectorAll('.card').length === 1);

    await page.locator('cluster-list .activate').first().click();
    await page.waitForFunction(() => document.querySelector('#selected').textContent !== '');
    assert.equal(await page.locator('#selected').textContent(), 'marlog');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

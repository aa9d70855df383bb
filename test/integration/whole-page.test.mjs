/**
 * The README's "Embed the whole page" snippet, alone in a plain page with the built CDN module, in
 * headless Chromium: the explorer, the about story and the timeline render, selecting a cluster opens
 * its detail view, Escape closes it, and the page logs nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { serve } from '../support/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server;
let browser;

/** The snippet between the README's `<!-- whole-page -->` markers, so the README shows what is tested. */
function readmeSnippet() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const match = readme.match(/<!-- whole-page -->\s*```html\n([\s\S]*?)```/);
  assert.ok(match, 'README.md has a ```html block after <!-- whole-page -->');
  return match[1].replace('/assets/danish-clusters.js', '/dist/cdn/danish-clusters.js');
}

before(async () => {
  const body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Klynger</title></head><body>${readmeSnippet()}</body></html>`;
  server = await serve(root, new Map([['/whole-page.html', { body }]]));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the whole-page snippet renders explorer, about and timeline; a selection opens and Escape closes the detail', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(String(error)));
  await tab.goto(`${server.url}/whole-page.html`);
  await tab.waitForFunction(() =>
    ['cluster-explorer', 'cluster-about', 'cluster-timeline'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2')),
  );
  const seen = await tab.evaluate(() => {
    const shadow = (tag) => document.querySelector(tag).shadowRoot;
    return {
      cards: shadow('cluster-explorer').querySelectorAll('.cards .card').length,
      markers: shadow('cluster-explorer').querySelectorAll('.pin').length,
      aboutHeadings: [...shadow('cluster-about').querySelectorAll('h2')].length,
      milestones: shadow('cluster-timeline').querySelectorAll('li').length,
    };
  });
  assert.equal(seen.cards, 14);
  assert.ok(seen.markers > 3, `markers on the map: ${seen.markers}`);
  assert.equal(seen.aboutHeadings, 4);
  assert.ok(seen.milestones >= 10, `milestones: ${seen.milestones}`);

  // Read in the page: Playwright's tab.url() follows history.pushState only after an event from the browser.
  const openCluster = () => tab.evaluate(() => new URL(location.href).searchParams.get('cluster'));
  await tab.locator('cluster-explorer .cards .activate').first().click();
  await tab.waitForFunction(() => document.querySelector('cluster-explorer').shadowRoot.querySelector('dialog').open);
  assert.ok(await openCluster(), 'sync-url: the open cluster is in the URL');
  await tab.keyboard.press('Escape');
  await tab.waitForFunction(() => !document.querySelector('cluster-explorer').shadowRoot.querySelector('dialog').open);
  // The dialog's close event (which ends the selection) comes a task after `open` turns false.
  await tab
    .waitForFunction(() => !new URL(location.href).searchParams.has('cluster'), undefined, { timeout: 10_000 })
    .catch(async () => assert.fail(`sync-url: the closed cluster stays in the URL (${await openCluster()})`));
  assert.deepEqual(problems, []);
  await context.close();
});

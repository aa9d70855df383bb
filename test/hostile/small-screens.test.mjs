/**
 * Small screens and big text (issue 9, item 6), in headless Chromium, every element on one page:
 *  - 320 CSS px wide (a 320×640 viewport): WCAG 1.4.10 Reflow's width, the same layout width a 1280px
 *    window has at 400 % browser zoom (1280 / 4 = 320);
 *  - 400 % text zoom: text alone scaled to 400 % (`html { font-size: 400% }`: 64px text) in a 1280px
 *    viewport, as a browser's text-only zoom or a large default font does. Everything in em grows; px
 *    details (borders, 24px markers) do not. Stricter than WCAG 1.4.4's 200 %, and a different layout from
 *    the first case (20em wide instead of 20em at 16px), so both are run.
 * In each: no sideways scroll (`document.scrollingElement.scrollWidth ≤ innerWidth`); no element clips or
 * scrolls its own content sideways or cuts it vertically; no text box outside its element or the
 * viewport (1px tolerance for sub-pixel text boxes). The same for the explorer's detail dialog (opened by
 * a click on a card) and a map label (keyboard focus on a marker), which must also fit the viewport.
 * A control forces a card wider than the 320px viewport and must be caught.
 */
/* global document, getComputedStyle, innerWidth -- the browser's, for functions that run in the page */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { ES } from './support/built.mjs';
import { CSS, MEASURE, everything, moduleScript, page, startSite, stylesheet, whenRendered } from './support/pages.mjs';

const CASES = {
  '320 CSS px wide': { path: '/narrow.html', viewport: { width: 320, height: 640 }, textSize: 16 },
  '400 % text zoom (1280 px wide)': { path: '/text-zoom.html', viewport: { width: 1280, height: 800 }, textSize: 64 },
};

const counts = { cases: 0, hosts: 0, texts: 0, elements: 0, overlays: 0 };
let server;
let browser;
/** The page of each case, once its test ran. */
const tabs = new Map();

before(async () => {
  server = await startSite(() => [
    ['/narrow.html', { body: page([moduleScript(ES)], everything) }],
    ['/text-zoom.css', { body: 'html { font-size: 400% }', headers: CSS }],
    ['/text-zoom.html', { body: page([stylesheet('/text-zoom.css'), moduleScript(ES)], everything) }],
  ]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  console.log(
    `hostile small screens: ${counts.cases} cases × 6 elements = ${counts.hosts} reflow checks ` +
      `(${counts.elements} elements and ${counts.texts} text boxes looked at) + ${counts.overlays} overlays (dialog, map label) fitted`,
  );
});

/** Problems of every element on the page, and the page's own sideways scroll. */
function pageProblems(tab) {
  return tab.evaluate(async (url) => {
    const { hosts, sidewaysProblems } = await import(url);
    return {
      scroll: [document.scrollingElement.scrollWidth, innerWidth],
      hosts: hosts().map((host) => ({ tag: host.localName, ...sidewaysProblems(host) })),
    };
  }, MEASURE);
}

/** An overlay's box, whether it fits the viewport, and what is cut or sticks out inside it. */
function overlayProblems(tab, tag, selector) {
  return tab.evaluate(
    async ([url, tag, selector]) => {
      const { sidewaysProblems } = await import(url);
      const host = document.querySelector(tag);
      const overlay = host.shadowRoot.querySelector(selector);
      const box = overlay.getBoundingClientRect();
      return { box: box.toJSON(), viewport: innerWidth, ...sidewaysProblems(host, { within: overlay, scope: overlay }) };
    },
    [MEASURE, tag, selector],
  );
}

for (const [name, { path, viewport, textSize }] of Object.entries(CASES)) {
  test(`${name}: nothing cut, no sideways scroll, the detail dialog and a map label fit`, async () => {
    const tab = await browser.newPage({ viewport });
    const logged = [];
    tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && logged.push(`${m.type()}: ${m.text()}`));
    tab.on('pageerror', (error) => logged.push(`pageerror: ${error}`));
    await tab.goto(server.url + path);
    await whenRendered(tab);
    const size = await tab.evaluate(() => parseFloat(getComputedStyle(document.querySelector('cluster-card').shadowRoot.querySelector('.name')).fontSize));
    assert.equal(size, textSize * 1.25, `${name}: the card's name is 1.25em of ${textSize}px (the text size reached the elements)`);

    const seen = await pageProblems(tab);
    assert.ok(seen.scroll[0] <= seen.scroll[1], `${name}: no sideways scroll (${seen.scroll[0]} > ${seen.scroll[1]})`);
    assert.equal(seen.hosts.length, 6);
    for (const host of seen.hosts) {
      assert.deepEqual(host.problems.slice(0, 5), [], `${name}, <${host.tag}>: ${host.problems.length} problems`);
      counts.hosts += 1;
      counts.texts += host.texts;
      counts.elements += host.elements;
    }

    await tab.locator('cluster-explorer .cards .activate').first().click();
    await tab.waitForFunction(() => document.querySelector('cluster-explorer').shadowRoot.querySelector('dialog').open);
    const dialog = await overlayProblems(tab, 'cluster-explorer', 'dialog');
    assert.ok(dialog.box.left >= 0 && dialog.box.right <= dialog.viewport, `${name}: the dialog fits the viewport: ${JSON.stringify(dialog.box)}`);
    assert.deepEqual(dialog.problems.slice(0, 5), [], `${name}, the detail dialog`);
    assert.ok(dialog.texts > 10, `${name}: the dialog holds text (${dialog.texts} text boxes)`);
    await tab.keyboard.press('Escape');
    await tab.waitForFunction(() => !document.querySelector('cluster-explorer').shadowRoot.querySelector('dialog').open);

    // The pointer still rests where the card was clicked; focusing the marker scrolls the page under it,
    // and a marker passing under a resting pointer shows its own label for a moment. Park it in a corner.
    await tab.mouse.move(0, 0);
    await tab.locator('cluster-map .pin').last().focus();
    await tab.waitForFunction(() => document.querySelector('cluster-map').shadowRoot.querySelector('.pop').matches(':popover-open'));
    const label = await overlayProblems(tab, 'cluster-map', '.pop');
    assert.ok(label.box.left >= 0 && label.box.right <= label.viewport, `${name}: the map label fits the viewport: ${JSON.stringify(label.box)}`);
    assert.deepEqual(label.problems, [], `${name}, the map label`);
    assert.ok(label.texts > 0, `${name}: the label holds text`);
    counts.overlays += 2;
    counts.texts += dialog.texts + label.texts;

    const after = await pageProblems(tab);
    assert.ok(after.scroll[0] <= after.scroll[1], `${name}: still no sideways scroll with the label shown`);
    assert.deepEqual(logged, []);
    counts.cases += 1;
    tabs.set(name, tab); // the control reuses the 320 px page
  });
}

test('control: a partner forcing a card wider than the 320 px viewport is seen (sideways scroll, text outside)', async () => {
  const tab = tabs.get('320 CSS px wide');
  await tab.evaluate(() => (document.querySelector('cluster-card').style.width = '480px'));
  const seen = await pageProblems(tab);
  assert.ok(seen.scroll[0] > seen.scroll[1], 'the page scrolls sideways');
  assert.ok(seen.hosts.find((host) => host.tag === 'cluster-card').problems.some((p) => p.startsWith('text ')), 'text outside the viewport');
});

/**
 * Odd partner containers (issue 9, items 4 and 5), in headless Chromium.
 *
 * Top layer (item 4): a `<cluster-map>` and a `<cluster-explorer>` inside each of three boxes — one that
 * clips (`overflow: hidden`, 40px tall), one that transforms (moved and scaled to 0.8), one that does both.
 * A marker's label (keyboard focus) and the explorer's detail dialog (Enter on a card) must each be in
 * the top layer (`:popover-open` / `:modal`), drawn unscaled (rendered width = layout width), visible
 * at all four corners and the centre (the top-most element there belongs to it), reach beyond the 40px
 * clipping box (so the check is not vacuous), and sit where they belong: the label 6px above or below its
 * marker as drawn (1px tolerance), the dialog in the centre of the viewport (1px).
 *
 * Shrink-to-fit (item 5): every element as a flex item without a width, in an inline-block, in an `auto`
 * grid column and in a float, each in a 960px row. Each keeps a usable width — at least
 * min(available, 18em) = 288px (DESIGN.md's minimum inline size), at most the row — with nothing of its
 * text reaching outside it, nothing overflowing itself sideways and no sideways scroll on the page.
 */
/* global document, innerHeight, innerWidth -- the browser's, for functions that run in the page */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { ES } from './support/built.mjs';
import { MEASURE, moduleScript, page, startSite, stylesheet, whenRendered } from './support/pages.mjs';

const CSS_FILE = '/test/hostile/pages/containers.css';
const FRAMES = { clip: 'overflow: hidden', moved: 'transform', both: 'overflow: hidden + transform' };
const SHRINK = {
  flex: (element) => `<div class="row flex">${element}</div>`,
  'inline-block': (element) => `<div class="row"><div class="inline-block">${element}</div></div>`,
  'auto grid column': (element) => `<div class="row grid">${element}<p>Partner text beside it.</p></div>`,
  float: (element) => `<div class="row float-row"><div class="float">${element}</div></div>`,
};
const ELEMENTS = [
  '<cluster-list></cluster-list>',
  '<cluster-map></cluster-map>',
  '<cluster-card cluster="odense-robotics"></cluster-card>',
  '<cluster-explorer></cluster-explorer>',
  '<cluster-about></cluster-about>',
  '<cluster-timeline></cluster-timeline>',
];
/** 18em at the page's 16px: DESIGN.md's minimum inline size, min(100%, 18em). */
const MIN_WIDTH = 18 * 16;

const counts = { labels: 0, dialogs: 0, widths: 0, texts: 0 };
let server;
let browser;
let tab;
const problems = [];

before(async () => {
  const head = [stylesheet(CSS_FILE), moduleScript(ES)];
  const frames = Object.keys(FRAMES)
    .map((kind) => `<div class="frame ${kind}" id="${kind}"><cluster-map></cluster-map><cluster-explorer></cluster-explorer></div>`)
    .join('');
  const rows = Object.entries(SHRINK)
    .map(([kind, wrap]) => `<section data-kind="${kind}">${ELEMENTS.map(wrap).join('')}</section>`)
    .join('');
  server = await startSite(() => [
    ['/top-layer.html', { body: page(head, `<div class="spacer"></div>${frames}`) }],
    ['/shrink.html', { body: page(head, rows) }],
  ]);
  browser = await launchChromium();
  tab = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error}`));
});

after(async () => {
  await browser?.close();
  await server?.close();
  console.log(
    `hostile containers: ${Object.keys(FRAMES).length} clipping/transforming boxes → ${counts.labels} map labels and ` +
      `${counts.dialogs} dialogs checked in the top layer; ${Object.keys(SHRINK).length} shrink-to-fit containers × ` +
      `${ELEMENTS.length} elements = ${counts.widths} width checks (${counts.texts} text boxes inside)`,
  );
});

/** Frame `id`'s box. */
const frameBox = (id) => tab.evaluate((id) => document.getElementById(id).getBoundingClientRect().toJSON(), id);

/** A label or dialog at `box` reaches beyond the 40px clipping frame `frame` (or the frame clips nothing). */
const reachesBeyond = (box, frame) => box.top < frame.top - 1 || box.bottom > frame.bottom + 1;

test('map labels in clipping and transformed boxes: in the top layer, unscaled, visible, beside their marker', async () => {
  await tab.goto(`${server.url}/top-layer.html`);
  await whenRendered(tab);
  for (const id of Object.keys(FRAMES)) {
    for (const tag of ['cluster-map', 'cluster-explorer']) {
      const label = `${FRAMES[id]}, <${tag}>`;
      const seen = await tab.evaluate(
        async ([id, tag, url]) => (await import(url)).focusedLabel(document.querySelector(`#${id} ${tag}`)),
        [id, tag, MEASURE],
      );
      assert.ok(seen.open, `${label}: the label is an open popover (top layer)`);
      assert.deepEqual(seen.visible, [true, true, true, true, true], `${label}: visible at its corners and centre`);
      assert.ok(Math.abs(seen.pop.width - seen.layoutWidth) <= 1, `${label}: drawn unscaled (${seen.pop.width} vs ${seen.layoutWidth})`);
      const gap = seen.pop.bottom <= seen.pin.top ? seen.pin.top - seen.pop.bottom : seen.pop.top - seen.pin.bottom;
      assert.ok(Math.abs(gap - 6) <= 1, `${label}: 6px from its marker as drawn, got ${gap}`);
      if (id !== 'moved') assert.ok(reachesBeyond(seen.pop, await frameBox(id)), `${label}: reaches beyond the clipping box`);
      await tab.keyboard.press('Escape');
      counts.labels += 1;
    }
  }
  assert.deepEqual(problems, []);
});

test('the explorer’s detail dialog in clipping and transformed boxes: modal in the top layer, centred, visible', async () => {
  for (const id of Object.keys(FRAMES)) {
    const label = `${FRAMES[id]}, <cluster-explorer>`;
    await tab.locator(`#${id} cluster-explorer .cards .activate`).first().focus();
    await tab.keyboard.press('Enter');
    await tab.waitForFunction((id) => document.querySelector(`#${id} cluster-explorer`).shadowRoot.querySelector('dialog').open, id);
    const seen = await tab.evaluate(
      async ([id, url]) => {
        const { visibleAtCorners } = await import(url);
        const dialog = document.querySelector(`#${id} cluster-explorer`).shadowRoot.querySelector('dialog');
        return {
          modal: dialog.matches(':modal'),
          box: dialog.getBoundingClientRect().toJSON(),
          layoutWidth: dialog.offsetWidth,
          visible: visibleAtCorners(dialog),
          viewport: [innerWidth, innerHeight],
        };
      },
      [id, MEASURE],
    );
    assert.ok(seen.modal, `${label}: a modal dialog (top layer)`);
    assert.deepEqual(seen.visible, [true, true, true, true, true], `${label}: visible at its corners and centre`);
    assert.ok(Math.abs(seen.box.width - seen.layoutWidth) <= 1, `${label}: drawn unscaled`);
    const [width, height] = seen.viewport;
    assert.ok(Math.abs(seen.box.left + seen.box.width / 2 - width / 2) <= 1, `${label}: centred across the viewport: ${JSON.stringify(seen.box)}`);
    assert.ok(Math.abs(seen.box.top + seen.box.height / 2 - height / 2) <= 1, `${label}: centred down the viewport: ${JSON.stringify(seen.box)}`);
    if (id !== 'moved') assert.ok(reachesBeyond(seen.box, await frameBox(id)), `${label}: reaches beyond the clipping box`);
    await tab.keyboard.press('Escape');
    await tab.waitForFunction((id) => !document.querySelector(`#${id} cluster-explorer`).shadowRoot.querySelector('dialog').open, id);
    counts.dialogs += 1;
  }
  assert.deepEqual(problems, []);
});

test('shrink-to-fit containers: every element keeps a usable width and nothing sticks out', async () => {
  await tab.goto(`${server.url}/shrink.html`);
  await whenRendered(tab);
  const seen = await tab.evaluate(async (url) => {
    const { hosts, sidewaysProblems } = await import(url);
    return {
      scroll: [document.scrollingElement.scrollWidth, innerWidth],
      hosts: hosts().map((host) => ({
        kind: host.closest('section').dataset.kind,
        tag: host.localName,
        width: host.getBoundingClientRect().width,
        row: host.closest('.row').getBoundingClientRect().width,
        ...sidewaysProblems(host),
      })),
    };
  }, MEASURE);
  assert.equal(seen.hosts.length, Object.keys(SHRINK).length * ELEMENTS.length);
  const failures = [];
  for (const { kind, tag, width, row, problems: sideways, texts } of seen.hosts) {
    const usable = Math.min(row, MIN_WIDTH);
    if (width < usable - 1 || width > row + 1) failures.push(`${kind}, <${tag}>: ${width}px wide (usable: ${usable}–${row})`);
    // The first three problems of an element say enough (a collapsed element has hundreds).
    failures.push(...sideways.slice(0, 3).map((problem) => `${kind}, <${tag}>: ${problem}`));
    counts.widths += 1;
    counts.texts += texts;
  }
  assert.deepEqual(failures, []);
  assert.ok(seen.scroll[0] <= seen.scroll[1], `no sideways scroll: ${seen.scroll}`);
  assert.deepEqual(problems, []);
});

/**
 * Coexistence (issue 6), in headless Chromium with the built CDN files: the library loaded twice (ES
 * module from two URLs, IIFE twice, both kinds together), beside another version of itself, beside a
 * foreign element that owns `cluster-card`, under the strict CSP with Trusted Types of DESIGN.md, and with
 * our classes under a partner's own tag names. Each page must log exactly the library warnings expected
 * (one per later copy, naming every taken tag), throw nothing, and its elements must render and work.
 *
 * The two CDN files are read once (waiting while another build rewrites them) and served from memory,
 * so a rebuild of dist/ during the run cannot pull a file from under a page (support/pages.mjs). Moved
 * here from test/integration/ for issue 9 (hostile pages, items 1 in Chromium and 3); the strict CSP in
 * Firefox ESR and WebKitGTK is csp-engines.test.mjs.
 */
/* global customElements, document, window -- the browser's, for functions that run in the page */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { ES, IIFE, VERSION } from './support/built.mjs';
import {
  CLUSTER_COUNT,
  CSP,
  JS,
  TAGS,
  assertOneWarning as assertOneLibraryWarning,
  classicScript,
  everything,
  moduleScript,
  page,
  startSite,
} from './support/pages.mjs';

const OLD_ES = '/other-version/danish-clusters.js';
const OLD_IIFE = '/other-version/danish-clusters.iife.js';
const OTHER_VERSION = '0.0.9';

let server;
let browser;
let context;
/** What one copy alone draws in the same viewport (the map groups its markers by size). */
let reference;
/** What this file tried, printed at the end. */
const counts = { bundleTwice: 0, otherVersion: 0, foreignTag: 0, csp: 0, controls: 0, partnerTags: 0, selections: 0, warnings: 0 };

/** `text` with the library's version string replaced: what another version on the same page looks like. */
function otherVersionOf(text, path) {
  const version = new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g');
  assert.equal(text.match(version)?.length, 1, `${path} holds the version string ${VERSION} exactly once`);
  return text.replace(version, `$1${OTHER_VERSION}$1`);
}

/** A foreign element that owns `cluster-card` before the library loads (no shadow root, marks itself). */
const FOREIGN_CARD = `window.ForeignCard = class extends HTMLElement {
  connectedCallback() { this.dataset.foreign = 'connected'; }
};
customElements.define('cluster-card', window.ForeignCard);
`;
const foreignBody =
  '<cluster-card cluster="made">Foreign card</cluster-card><cluster-list></cluster-list><cluster-map></cluster-map>' +
  '<cluster-explorer></cluster-explorer>';

/** A partner's module registering our classes under its own tag names (and the same class twice). */
const PARTNER_MODULE = `import { ClusterList, ClusterExplorer, ClusterCard } from '${ES}';
customElements.define('partner-list', class extends ClusterList {});
customElements.define('partner-explorer', class extends ClusterExplorer {});
window.partnerDefine = {
  card: class PartnerCard extends ClusterCard {}.define('partner-card'),
  sameClassAgain: ClusterList.define('cluster-list'),
};
`;
/** The same with the IIFE's global, as a classic script. */
const PARTNER_CLASSIC = `(() => {
  const { ClusterList, ClusterExplorer, ClusterCard } = window.DanishClusters;
  customElements.define('partner-list', class extends ClusterList {});
  customElements.define('partner-explorer', class extends ClusterExplorer {});
  window.partnerDefine = {
    card: class PartnerCard extends ClusterCard {}.define('partner-card'),
    sameClassAgain: ClusterList.define('cluster-list'),
  };
})();
`;
const partnerBody = '<partner-list></partner-list><partner-explorer></partner-explorer><partner-card cluster="made"></partner-card>';

before(async () => {
  const csp = { 'content-security-policy': CSP };
  server = await startSite(({ es, iife }) => [
    [OLD_ES, { body: otherVersionOf(es, ES), headers: JS }],
    [OLD_IIFE, { body: otherVersionOf(iife, IIFE), headers: JS }],
    ['/foreign-card.js', { body: FOREIGN_CARD, headers: JS }],
    ['/partner.js', { body: PARTNER_MODULE, headers: JS }],
    ['/partner-classic.js', { body: PARTNER_CLASSIC, headers: JS }],
    ['/reference.html', { body: page([moduleScript(ES)], everything) }],
    ['/es-twice.html', { body: page([moduleScript(ES), moduleScript(`${ES}?copy=2`)], everything) }],
    ['/iife-twice.html', { body: page([classicScript(IIFE), classicScript(`${IIFE}?copy=2`)], everything) }],
    ['/iife-then-es.html', { body: page([classicScript(IIFE), moduleScript(ES)], everything) }],
    ['/other-es-first.html', { body: page([moduleScript(OLD_ES), moduleScript(ES)], everything) }],
    ['/other-iife-first.html', { body: page([classicScript(OLD_IIFE), classicScript(IIFE)], everything) }],
    ['/other-es-last.html', { body: page([moduleScript(ES), moduleScript(OLD_ES)], everything) }],
    ['/foreign-es.html', { body: page([classicScript('/foreign-card.js'), moduleScript(ES)], foreignBody) }],
    ['/foreign-iife.html', { body: page([classicScript('/foreign-card.js'), classicScript(IIFE)], foreignBody) }],
    ['/csp-es-twice.html', { body: page([moduleScript(ES), moduleScript(`${ES}?copy=2`)], everything), headers: csp }],
    ['/csp-iife-twice.html', { body: page([classicScript(IIFE), classicScript(`${IIFE}?copy=2`)], everything), headers: csp }],
    [
      '/csp-no-duplicates.html',
      {
        body: page([moduleScript(ES), moduleScript(`${ES}?copy=2`)], everything),
        headers: { 'content-security-policy': CSP.replace(" 'allow-duplicates'", '') },
      },
    ],
    ['/partner-es.html', { body: page([moduleScript(ES), moduleScript('/partner.js')], partnerBody), headers: csp }],
    ['/partner-iife.html', { body: page([classicScript(IIFE), classicScript('/partner-classic.js')], partnerBody), headers: csp }],
  ]);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordEvents);
  const visit = await open('/reference.html');
  reference = await visit.tab.evaluate(() => ({
    mapPins: document.querySelector('cluster-map').shadowRoot.querySelectorAll('.pin').length,
    explorerPins: document.querySelector('cluster-explorer').shadowRoot.querySelectorAll('.pin').length,
  }));
  assert.ok(reference.mapPins > 3 && reference.explorerPins > 3, `markers: ${JSON.stringify(reference)}`);
  assert.deepEqual(visit.libraryWarnings, [], 'one copy alone warns about nothing');
  assert.deepEqual(visit.problems, []);
  await visit.tab.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
  console.log(
    `hostile coexistence (Chromium): ${counts.bundleTwice} bundle-twice pages, ${counts.otherVersion} other-version pages, ` +
      `${counts.foreignTag} foreign-tag pages, ${counts.csp} strict-CSP pages (+${counts.controls} control), ` +
      `${counts.partnerTags} partner-tag-name pages; ${counts.warnings} one-warning checks, ${counts.selections} selections clicked`,
  );
});

/** Runs in the page before any of its scripts (also under the CSP): counts events reaching the document. */
function recordEvents() {
  window.seen = { selects: [], violations: [] };
  document.addEventListener('cluster-select', (event) => {
    window.seen.selects.push({ id: event.detail?.id, from: event.target.localName });
  });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => window.seen.violations.push(`${event.effectiveDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
    true,
  );
}

/** Whether a console message is the library's: its define() warning or a warning naming an element. */
const isLibraryMessage = (text) => text.includes('danish-clusters') || /<(cluster|partner)-/.test(text);

/**
 * Opens `path` in a new tab and waits for the list-like elements to render. The tabs share one browser
 * context (and so its HTTP and code caches: pages load faster); each is a document of its own, with its
 * own custom-element registry and module map, so a copy on one page is nothing to another. `libraryWarnings` are the library's console
 * warnings; `problems` everything else that went wrong (errors, other warnings, uncaught exceptions).
 */
async function open(path, { list = 'cluster-list', explorer = 'cluster-explorer' } = {}) {
  const tab = await context.newPage();
  tab.setDefaultTimeout(30_000); // generous: a busy 2-core machine renders slowly
  const libraryWarnings = [];
  const problems = [];
  tab.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'warning' && isLibraryMessage(text)) libraryWarnings.push(text);
    else if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${text}`);
  });
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error}`));
  const response = await tab.goto(server.url + path);
  const headers = response.headers();
  await tab.waitForFunction(
    ([tags, count]) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('.cards .card').length === count),
    [[list, explorer], CLUSTER_COUNT],
  );
  return { tab, headers, libraryWarnings, problems };
}

/** Exactly one library warning, naming exactly `tags` (each once). */
function assertOneWarning(libraryWarnings, tags) {
  assertOneLibraryWarning(assert, libraryWarnings, tags);
  counts.warnings += 1;
}

/** What the page's elements drew. */
function rendered(tab, tags) {
  return tab.evaluate((tags) => {
    const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
    const out = {};
    for (const tag of tags) {
      const root = shadow(tag);
      out[tag] = root
        ? {
            cards: root.querySelectorAll('.card').length,
            pins: root.querySelectorAll('.pin').length,
            headings: root.querySelectorAll('h2').length,
            items: root.querySelectorAll('li').length,
            name: root.querySelector('.name')?.textContent.trim(),
            nestedPublicTags: root.querySelectorAll('cluster-card, cluster-list, cluster-map, cluster-explorer').length,
          }
        : null;
    }
    return out;
  }, tags);
}

/**
 * A visitor clicks the first card of the list and the first card of the explorer: one `cluster-select` each
 * reaches the document from the element placed on the page, and the explorer opens its detail dialog.
 */
async function selectInListAndExplorer(tab, { list = 'cluster-list', explorer = 'cluster-explorer' } = {}) {
  await tab.locator(`${list} .cards .activate`).first().click();
  await tab.waitForFunction(() => window.seen.selects.length >= 1);
  await tab.locator(`${explorer} .cards .activate`).first().click();
  await tab.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('dialog').open, explorer);
  const selects = await tab.evaluate(() => window.seen.selects);
  assert.equal(selects.length, 2, `one cluster-select per click: ${JSON.stringify(selects)}`);
  assert.deepEqual(
    selects.map((s) => s.from),
    [list, explorer],
  );
  assert.ok(selects.every((s) => typeof s.id === 'string' && s.id.length > 0));
  counts.selections += 2;
  const detail = await tab.evaluate(
    (tag) => document.querySelector(tag).shadowRoot.querySelector('dialog').textContent.replace(/\s+/g, ' '),
    explorer,
  );
  assert.ok(detail.length > 50, `the detail dialog has content: ${detail}`);
  await tab.keyboard.press('Escape');
  await tab.waitForFunction((tag) => !document.querySelector(tag).shadowRoot.querySelector('dialog').open, explorer);
}

/** Every element of `everything` drew what one copy draws. */
async function assertEverythingRenders(tab) {
  await tab.waitForFunction(() =>
    ['cluster-card', 'cluster-map', 'cluster-about', 'cluster-timeline'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2, h3, .pin')),
  );
  const seen = await rendered(tab, TAGS);
  assert.equal(seen['cluster-list'].cards, CLUSTER_COUNT);
  assert.equal(seen['cluster-explorer'].cards, CLUSTER_COUNT);
  assert.equal(seen['cluster-explorer'].pins, reference.explorerPins);
  assert.equal(seen['cluster-map'].pins, reference.mapPins);
  assert.equal(seen['cluster-card'].name, 'Odense Robotics');
  assert.equal(seen['cluster-about'].headings, 4);
  assert.ok(seen['cluster-timeline'].items >= 10, `milestones: ${seen['cluster-timeline'].items}`);
}

// Two pages at a time: each test opens its own tab (its own document, registry and module map), so
// they are independent; two renderers use both cores of the machine.
describe('the library beside itself, other code and a strict CSP', { concurrency: 2 }, () => {
  // 1. The CDN bundle loaded twice.

  for (const [path, label, second] of [
    ['/es-twice.html', 'the ES module from two URLs', `${ES}?copy=2`],
    ['/iife-twice.html', 'the IIFE twice', 'DanishClusters'],
    ['/iife-then-es.html', 'the IIFE and then the ES module', ES],
  ]) {
    test(`${label}: one warning naming all six tags, no exception, working elements`, async () => {
      const visit = await open(path);
      const { tab } = visit;
      await assertEverythingRenders(tab);
      // The second copy really ran: it has classes of its own, and none of them owns a tag.
      const copies = await tab.evaluate(async (second) => {
        const copy = second === 'DanishClusters' ? window.DanishClusters : await import(second);
        const names = ['ClusterList', 'ClusterExplorer', 'ClusterCard', 'ClusterMap', 'ClusterAbout', 'ClusterTimeline'];
        return {
          classes: names.filter((name) => typeof copy[name] === 'function').length,
          distinct: names.filter((name) => customElements.get(`cluster-${name.slice(7).toLowerCase()}`) !== copy[name]).length,
          registered: names.filter((name) => customElements.getName(copy[name]) !== null),
        };
      }, second);
      assert.deepEqual(copies, { classes: 6, distinct: 6, registered: [] }, 'the browser evaluated a second copy, which registered nothing');
      await selectInListAndExplorer(tab);
      assertOneWarning(visit.libraryWarnings, TAGS);
      assert.deepEqual(visit.problems, []);
      counts.bundleTwice += 1;
      await visit.tab.close();
    });
  }

  // 2. Beside another version of the library.

  for (const [path, label, owner] of [
    ['/other-es-first.html', 'another version (ES module) loaded first', OTHER_VERSION],
    ['/other-iife-first.html', 'another version (IIFE) loaded first', OTHER_VERSION],
    ['/other-es-last.html', 'another version (ES module) loaded after the current one', VERSION],
  ]) {
    test(`${label}: one warning, no exception, the first copy's elements work`, async () => {
      const visit = await open(path);
      const { tab } = visit;
      await assertEverythingRenders(tab);
      const versions = await tab.evaluate((tags) => tags.map((tag) => customElements.get(tag).version), TAGS);
      assert.deepEqual(versions, TAGS.map(() => owner), `every tag belongs to the copy loaded first (${owner})`);
      if (path === '/other-iife-first.html') {
        assert.equal(await tab.evaluate(() => window.DanishClusters.ClusterElement.version), VERSION, 'the global is the last copy');
      }
      await selectInListAndExplorer(tab);
      assertOneWarning(visit.libraryWarnings, TAGS);
      assert.deepEqual(visit.problems, []);
      counts.otherVersion += 1;
      await visit.tab.close();
    });
  }

  // 3. A foreign element already owns cluster-card.

  for (const [path, kind] of [
    ['/foreign-es.html', 'ES module'],
    ['/foreign-iife.html', 'IIFE'],
  ]) {
    test(`a foreign <cluster-card> defined first (${kind}): one warning naming cluster-card; list, map and explorer render; the foreign card stays`, async () => {
      const visit = await open(path);
      const { tab } = visit;
      await tab.waitForFunction(() => document.querySelector('cluster-map')?.shadowRoot?.querySelector('.pin'));
      const seen = await rendered(tab, ['cluster-list', 'cluster-map', 'cluster-explorer']);
      assert.equal(seen['cluster-list'].cards, CLUSTER_COUNT);
      assert.equal(seen['cluster-explorer'].cards, CLUSTER_COUNT);
      assert.equal(seen['cluster-explorer'].pins, reference.explorerPins);
      assert.equal(seen['cluster-map'].pins, reference.mapPins);
      for (const tag of ['cluster-list', 'cluster-map', 'cluster-explorer']) {
        assert.equal(seen[tag].nestedPublicTags, 0, `<${tag}> renders no public tag`);
      }
      const foreign = await tab.evaluate(() => {
        const card = document.querySelector('cluster-card');
        return {
          ownsTag: customElements.get('cluster-card') === window.ForeignCard,
          isForeign: card instanceof window.ForeignCard,
          connected: card.dataset.foreign,
          shadowRoot: card.shadowRoot === null ? null : 'attached',
          text: card.textContent,
          othersDefined: ['cluster-list', 'cluster-map', 'cluster-explorer', 'cluster-about', 'cluster-timeline'].every((tag) =>
            customElements.get(tag)),
        };
      });
      assert.deepEqual(foreign, {
        ownsTag: true,
        isForeign: true,
        connected: 'connected',
        shadowRoot: null,
        text: 'Foreign card',
        othersDefined: true,
      });
      await selectInListAndExplorer(tab);
      // A marker on the map selects too (a single marker, not a group).
      await tab.locator('cluster-map .pin[part=marker]').first().click();
      await tab.waitForFunction(() => window.seen.selects.length >= 3);
      const selects = await tab.evaluate(() => window.seen.selects);
      assert.deepEqual(
        selects.map((s) => s.from),
        ['cluster-list', 'cluster-explorer', 'cluster-map'],
      );
      assertOneWarning(visit.libraryWarnings, ['cluster-card']);
      assert.deepEqual(visit.problems, []);
      counts.foreignTag += 1;
      await visit.tab.close();
    });
  }

  // 4. Under the strict CSP with Trusted Types, loaded twice.

  for (const [path, kind] of [
    ['/csp-es-twice.html', 'the ES module from two URLs'],
    ['/csp-iife-twice.html', 'the IIFE twice'],
  ]) {
    test(`strict CSP with Trusted Types, ${kind}: no violation, no exception, elements render and work`, async () => {
      const visit = await open(path);
      const { tab } = visit;
      assert.equal(visit.headers['content-security-policy'], CSP, 'the page is served with the strict CSP');
      await assertEverythingRenders(tab);
      await selectInListAndExplorer(tab);
      assert.deepEqual(await tab.evaluate(() => window.seen.violations), []);
      assertOneWarning(visit.libraryWarnings, TAGS);
      assert.deepEqual(visit.problems, []);
      counts.csp += 1;
      await visit.tab.close();
    });
  }

  test("control: without 'allow-duplicates' the second copy's policy is a violation this harness sees", async () => {
    const visit = await open('/csp-no-duplicates.html');
    const violations = await visit.tab.evaluate(() => window.seen.violations);
    assert.ok(violations.some((v) => v.startsWith('trusted-types')), `a trusted-types violation: ${JSON.stringify(violations)}`);
    assert.ok(visit.problems.length > 0, 'and an error');
    counts.controls += 1;
    await visit.tab.close();
  });

  // 5. Our classes under a partner's own tag names.

  for (const [path, kind] of [
    ['/partner-es.html', 'ES module import'],
    ['/partner-iife.html', 'IIFE global'],
  ]) {
    test(`our classes under a partner's tag names (${kind}): partner-list, partner-explorer and partner-card render and select`, async () => {
      const tags = { list: 'partner-list', explorer: 'partner-explorer' };
      const visit = await open(path, tags);
      const { tab } = visit;
      await tab.waitForFunction(() => document.querySelector('partner-card')?.shadowRoot?.querySelector('.name'));
      assert.deepEqual(await tab.evaluate(() => window.partnerDefine), { card: true, sameClassAgain: true });
      const seen = await rendered(tab, ['partner-list', 'partner-explorer', 'partner-card']);
      assert.equal(seen['partner-list'].cards, CLUSTER_COUNT);
      assert.equal(seen['partner-explorer'].cards, CLUSTER_COUNT);
      assert.equal(seen['partner-explorer'].pins, reference.explorerPins);
      assert.equal(seen['partner-card'].name, 'MADE – Manufacturing Academy of Denmark');
      await selectInListAndExplorer(tab, tags);
      await tab.locator('partner-card .activate').click();
      await tab.waitForFunction(() => window.seen.selects.length >= 3);
      const selects = await tab.evaluate(() => window.seen.selects);
      assert.deepEqual(selects.map((s) => s.from), ['partner-list', 'partner-explorer', 'partner-card']);
      assert.equal(selects[2].id, 'made');
      assert.deepEqual(await tab.evaluate(() => window.seen.violations), []);
      assert.deepEqual(visit.libraryWarnings, [], 'a partner tag and a repeated define() of the same class warn about nothing');
      assert.deepEqual(visit.problems, []);
      counts.partnerTags += 1;
      await visit.tab.close();
    });
  }
});

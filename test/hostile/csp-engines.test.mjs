/**
 * The strict CSP with Trusted Types (DESIGN.md) in the two engines besides Chromium (Chromium's CSP pages
 * are in coexistence.test.mjs): Firefox ESR driven by puppeteer over WebDriver BiDi, and WebKitGTK
 * (MiniBrowser) driven by webdriverio through WebKitWebDriver under Xvfb. Each engine opens one page,
 * served with the CSP as a header, that loads the ES bundle twice and holds every element. It proves:
 * every element rendered its shadow content; no `securitypolicyviolation`, no error, no exception; exactly
 * one library warning, naming all six tags (the second copy). A same-origin recorder (pages/probe.js)
 * collects what happens, since inline scripts are blocked; as a control, the recorder then breaks the
 * policy on purpose and must see that violation, so "no violation" is not a deaf listener.
 */
/* global document, window -- the browser's, for functions that run in the page */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer';
import { browserPaths } from '../../scripts/lib/ensure.mjs';
import { ES } from './support/built.mjs';
import { CSP, PROBE, TAGS, assertOneWarning, assertSummary, classicScript, everything, moduleScript, page, startSite, summarise } from './support/pages.mjs';
import { launchWebKit } from './support/webkit.mjs';

const PATH = '/csp-twice.html';
const counts = { engines: 0, renderChecks: 0, violationChecks: 0, warningChecks: 0, controls: 0 };
let server;

before(async () => {
  server = await startSite(() => [
    [PATH, { body: page([classicScript(PROBE), moduleScript(ES), moduleScript(`${ES}?copy=2`)], everything), headers: { 'content-security-policy': CSP } }],
  ]);
  const response = await fetch(server.url + PATH);
  assert.equal(response.headers.get('content-security-policy'), CSP, 'the page is served with the strict CSP header');
});

after(async () => {
  await server?.close();
  console.log(
    `hostile CSP in other engines: ${counts.engines} engines × 1 page (6 elements, bundle loaded twice) = ` +
      `${counts.renderChecks} element render checks, ${counts.violationChecks} no-violation checks, ` +
      `${counts.warningChecks} one-warning checks, ${counts.controls} control violations seen`,
  );
});

/** Polls `evaluate(check)` until it returns true (the engines' own waits differ; this one works for both). */
async function until(evaluate, check, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (!(await evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every shadow root filled: list and explorer with all their cards, the others with their heading. */
function allRendered() {
  const root = (tag) => document.querySelector(tag)?.shadowRoot;
  return (
    ['cluster-list', 'cluster-explorer'].every((tag) => root(tag)?.querySelectorAll('.cards .card').length === 14) &&
    !!root('cluster-map')?.querySelector('.pin') &&
    ['cluster-card', 'cluster-about', 'cluster-timeline'].every((tag) => root(tag)?.querySelector('h2, h3'))
  );
}

/** The recorder's findings (without its function). */
function recorded() {
  const { violations, warnings, errors } = window.hostileProbe;
  return { violations, warnings, errors };
}

function shadowChildren() {
  return ['cluster-about', 'cluster-card', 'cluster-explorer', 'cluster-list', 'cluster-map', 'cluster-timeline'].map(
    (tag) => document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0,
  );
}

/** The whole check for one engine, given its way to open a URL and to run a function in the page. */
async function checkEngine(label, { open, evaluate }) {
  await open(server.url + PATH);
  await until(evaluate, allRendered, `${label}: every element rendered`);
  const filled = await evaluate(shadowChildren);
  assert.ok(filled.every((n) => n > 0), `${label}: every element has shadow content: ${filled}`);
  assertSummary(assert, await evaluate(summarise), label);
  counts.renderChecks += TAGS.length;

  const seen = await evaluate(recorded);
  assert.deepEqual(seen.violations, [], `${label}: no CSP violation`);
  counts.violationChecks += 1;
  assert.deepEqual(seen.errors, [], `${label}: no error or exception`);
  const library = seen.warnings.filter((text) => text.includes('danish-clusters') || text.includes('<cluster-'));
  assert.deepEqual(seen.warnings, library, `${label}: no other warning`);
  assertOneWarning(assert, library, TAGS);
  counts.warningChecks += 1;

  await evaluate(() => window.hostileProbe.provoke());
  await until(evaluate, () => window.hostileProbe.violations.length > 0, `${label}: the control violation`, 5000);
  const [control] = (await evaluate(recorded)).violations;
  assert.match(control, /^style-src/, `${label}: the recorder sees the deliberate inline-style violation`);
  counts.controls += 1;
  counts.engines += 1;
}

describe('strict CSP with Trusted Types, bundle loaded twice', { concurrency: 2 }, () => {
  test('Firefox ESR (puppeteer, WebDriver BiDi): every element renders, no violation, one warning', async () => {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: browserPaths().firefox, headless: true });
    try {
      const tab = await browser.newPage();
      await checkEngine('Firefox ESR', {
        open: async (url) => {
          const response = await tab.goto(url);
          assert.equal(response.headers()['content-security-policy'], CSP);
        },
        evaluate: (fn) => tab.evaluate(fn),
      });
    } finally {
      await browser.close();
    }
  });

  test('WebKitGTK (webdriverio, WebKitWebDriver): every element renders, no violation, one warning', async () => {
    const { browser, stop } = await launchWebKit();
    try {
      await checkEngine('WebKitGTK', { open: (url) => browser.url(url), evaluate: (fn) => browser.execute(fn) });
    } finally {
      await stop();
    }
  });
});

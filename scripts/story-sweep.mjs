#!/usr/bin/env node
/**
 * The story sweep (docs/decisions/0004-story-sweep.md): every story of the production Storybook build
 * (`storybook build -o storybook-static`) opened in Chromium and checked for
 *   - console errors and uncaught page errors (only Lit's dev-mode notice is allowed),
 *   - console warnings: a story may warn only if it says so with `parameters.sweep.expectWarning`
 *     (`true`, or a text the warning must contain), and then it must warn,
 *   - events the story promises with `parameters.sweep.expectEvents` (e.g. `['cluster-data-error']`),
 *   - serious or critical axe violations inside #storybook-root (open shadow roots included),
 *   - horizontal scrolling at 360 px.
 * Each story runs at 1280×900 and 360×800; element stories (`Elements/Cluster card|list|map`) also at 1280
 * in English on the dark page (`&globals=lang:en;theme:dark`). One story × variant is one test.
 *
 * Usage: node scripts/story-sweep.mjs [substring of story id …]   (no argument: every story)
 * Writes .test-results/stories.json ({ passed, failed }); exits 1 when a test failed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/support/chromium.mjs';
import { serve } from '../test/support/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const resultsDir = join(root, '.test-results');

const PARALLEL = 2;
const STORY_TIMEOUT = 15_000;
/** Console errors that are not failures: Lit's dev-mode notice (the production build should not print it). */
const ALLOWED_ERRORS = [/Lit is in dev mode/];
/** Element stories that also run in English on the dark page. */
const ELEMENT_TITLE = /^Elements\/Cluster (card|list|map)(\/|$)/;

const VARIANTS = {
  wide: { label: '1280', width: 1280, height: 900 },
  narrow: { label: '360', width: 360, height: 800, noHorizontalScroll: true },
  englishDark: { label: '1280 en dark', width: 1280, height: 900, globals: { lang: 'en', theme: 'dark' } },
};

function loadStories() {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error('story-sweep: storybook-static/index.json is missing; run `npx storybook build -o storybook-static` first.');
    process.exit(1);
  }
  const { entries } = JSON.parse(readFileSync(indexFile, 'utf8'));
  const filters = process.argv.slice(2);
  return Object.values(entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => filters.length === 0 || filters.some((filter) => entry.id.includes(filter)));
}

function testsFor(stories) {
  const tests = [];
  for (const story of stories) {
    const variants = [VARIANTS.wide, VARIANTS.narrow];
    if (ELEMENT_TITLE.test(story.title)) variants.push(VARIANTS.englishDark);
    for (const variant of variants) tests.push({ story, variant, name: `${story.id} @ ${variant.label}` });
  }
  return tests;
}

function storyUrl(base, story, variant) {
  const params = new URLSearchParams({ id: story.id, viewMode: 'story' });
  let url = `${base}/iframe.html?${params}`;
  // Storybook's own syntax: globals=key:value;key2:value2 (kept unencoded, as Storybook writes it).
  if (variant.globals) {
    url += `&globals=${Object.entries(variant.globals).map(([key, value]) => `${key}:${value}`).join(';')}`;
  }
  return url;
}

/** Runs in the page before any script: records every library event that reaches the document. */
function recordEvents() {
  window.__sweepEvents = [];
  for (const type of ['cluster-select', 'cluster-filter-change', 'cluster-data-load', 'cluster-data-error']) {
    document.addEventListener(type, () => window.__sweepEvents.push(type), { capture: true });
  }
}

/** Runs in the page: waits for Storybook to finish the story, then for every custom element and the fonts. */
async function settle(storyId) {
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const story = render?.story ?? (await preview?.storyStoreValue?.loadStory({ storyId }));
  const errored = document.body.classList.contains('sb-show-errordisplay') || render?.phase === 'errored';
  if (errored) {
    const message = document.querySelector('#error-message')?.textContent?.trim() || 'Storybook showed its error display';
    return { errored: message, parameters: story?.parameters?.sweep ?? {} };
  }
  const elements = [];
  const collect = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.includes('-')) elements.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  // Two rounds: an update can render further custom elements.
  for (let round = 0; round < 2; round += 1) {
    elements.length = 0;
    collect(document.querySelector('#storybook-root'));
    const undefinedTags = [...new Set(elements.map((e) => e.localName))].filter((tag) => !customElements.get(tag));
    if (undefinedTags.length > 0) return { errored: `custom elements never defined: ${undefinedTags.join(', ')}` };
    await Promise.all(elements.map((element) => element.updateComplete));
  }
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const page = document.querySelector('#storybook-root .sb-page');
  return {
    parameters: story?.parameters?.sweep ?? {},
    page: page ? { lang: page.getAttribute('lang'), theme: page.dataset.theme } : null,
    events: window.__sweepEvents ?? [],
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  };
}

/** Runs in the page after axe-core is injected. */
async function runAxe() {
  const result = await window.axe.run(document.querySelector('#storybook-root'), {
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
      summary: violation.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join(' ').trim(),
    }));
}

async function runTest(context, base, test) {
  const { story, variant } = test;
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !ALLOWED_ERRORS.some((allowed) => allowed.test(text))) errors.push(text);
    if (message.type() === 'warning') warnings.push(text);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const problems = [];
  try {
    await page.setViewportSize({ width: variant.width, height: variant.height });
    await page.addInitScript(recordEvents);
    await page.goto(storyUrl(base, story, variant), { waitUntil: 'load', timeout: STORY_TIMEOUT });
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') ||
        (['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase) &&
          document.querySelector('#storybook-root')?.firstElementChild),
      null,
      { timeout: STORY_TIMEOUT },
    );
    const state = await page.evaluate(settle, story.id);
    if (state.errored) {
      problems.push(`story failed to render: ${state.errored}`);
    } else {
      const { parameters } = state;
      if (variant.globals && state.page) {
        const { lang, theme } = variant.globals;
        if (state.page.lang !== lang || state.page.theme !== theme) {
          problems.push(`globals not applied: page is lang=${state.page.lang} theme=${state.page.theme}`);
        }
      }
      for (const type of parameters.expectEvents ?? []) {
        if (!state.events.includes(type)) problems.push(`expected event ${type} did not reach the document`);
      }
      if (variant.noHorizontalScroll && state.scrollWidth > state.innerWidth + 1) {
        problems.push(`horizontal scroll at ${variant.width}px: scrollWidth ${state.scrollWidth} > ${state.innerWidth}`);
      }
      await page.addScriptTag({ path: axePath });
      for (const violation of await page.evaluate(runAxe)) {
        problems.push(`axe ${violation.impact} ${violation.id} at ${violation.targets.join(', ')}${violation.summary ? ` (${violation.summary})` : ''}`);
      }
      const expected = parameters.expectWarning;
      if (expected) {
        const matches = typeof expected === 'string' ? warnings.filter((w) => w.includes(expected)) : warnings;
        if (matches.length === 0) {
          problems.push(`expected a console warning${typeof expected === 'string' ? ` containing "${expected}"` : ''}, got none`);
        }
      } else {
        for (const warning of warnings) problems.push(`unexpected console warning: ${warning}`);
      }
    }
  } catch (error) {
    problems.push(`sweep error: ${error.message.split('\n')[0]}`);
  } finally {
    for (const error of errors) problems.unshift(`console error: ${error}`);
    await page.close();
  }
  return problems;
}

async function main() {
  const started = performance.now();
  const tests = testsFor(loadStories());
  if (tests.length === 0) {
    console.error('story-sweep: no stories found');
    process.exit(1);
  }
  const server = await serve(staticDir);
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    const queue = [...tests];
    const worker = async () => {
      // One context per worker: no shared storage or focus between the parallel pages.
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      try {
        for (let test = queue.shift(); test; test = queue.shift()) {
          const testStarted = performance.now();
          const problems = await runTest(context, server.url, test);
          const time = `${Math.round(performance.now() - testStarted)} ms`;
          if (problems.length === 0) {
            passed += 1;
            console.log(`✔ ${test.name} (${time})`);
          } else {
            failed += 1;
            console.log(`✘ ${test.name} (${time}): ${problems.join(' | ')}`);
          }
        }
      } finally {
        await context.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, tests.length) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'stories.json'), `${JSON.stringify({ passed, failed }, null, 2)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`stories: ${passed} passed, ${failed} failed (${seconds} s)`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();

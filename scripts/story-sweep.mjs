#!/usr/bin/env node
/**
 * The story sweep (docs/decisions/0004-story-sweep.md): every story of the production Storybook build
 * (`npx storybook build -o storybook-static`) opened in Chromium and checked for
 *   - console errors and uncaught page errors (only Lit's dev-mode notice is allowed),
 *   - console warnings: none, unless the story's `parameters.sweep` says
 *       `expectWarning: true | 'text'`  it must warn (with a warning containing the text), or
 *       `allowWarning: true`            it may warn;
 *   - `parameters.sweep.expectEvents: ['cluster-data-error', …]`: those events must reach the document,
 *   - serious or critical axe violations inside #storybook-root (open shadow roots included),
 *   - horizontal scrolling at 360 px, and Storybook's own error display (a story that threw).
 * Each story runs at 1280×900 and 360×800; card, list and map stories (`Elements/Cluster card|list|map`) also at 1280
 * in English on the dark page (`&globals=lang:en;theme:dark`), except the Theme stories, which show a
 * light and a dark page side by side already. One story × variant is one test. The preview loads once
 * per variant and worker; the stories then start inside it through Storybook's own channel, as the
 * Storybook UI starts them (a story that failed to render makes the next one load the preview afresh).
 *
 * Usage: node scripts/story-sweep.mjs [part of a story id …]   (no argument: every story)
 * Writes .test-results/stories.json ({ passed, failed }); exits 1 when a test failed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/support/chromium.mjs';
import { serve } from '../test/support/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const AXE_URL_PATH = '/__story-sweep/axe.min.js';
const resultsDir = join(root, '.test-results');

/** Browser pages at work at once (the machine has 2 cores). */
const PARALLEL = Math.max(1, Math.min(2, Number(process.env.STORY_SWEEP_PARALLEL ?? 2)));
const STORY_TIMEOUT = 20_000;
/** Console errors that are not failures: Lit's dev-mode notice (the production build should not print it). */
const ALLOWED_ERRORS = [/Lit is in dev mode/];
/**
 * Element stories that also run in English on the dark page: DESIGN.md's card, list and map stories (the
 * explorer, about and timeline are checked in both languages and every theme by their component tests).
 */
const ELEMENT_TITLE = /^Elements\/Cluster (card|list|map)(\/|$)/;
/** The library's events; expectEvents may name any of them. */
const EVENTS = ['cluster-select', 'cluster-filter-change', 'cluster-data-load', 'cluster-data-error'];

const VARIANTS = {
  wide: { label: '1280', width: 1280, height: 900 },
  narrow: { label: '360', width: 360, height: 800, noHorizontalScroll: true },
  englishDark: { label: '1280 en dark', width: 1280, height: 900, globals: { lang: 'en', theme: 'dark' } },
};

function loadStories() {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error('story-sweep: storybook-static/index.json is missing: run `npx storybook build -o storybook-static` first.');
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
    // Theme stories already show a light and a dark page side by side; the toolbar's page adds nothing there.
    if (ELEMENT_TITLE.test(story.title) && !story.name.startsWith('Theme')) variants.push(VARIANTS.englishDark);
    for (const variant of variants) tests.push({ story, variant, name: `${story.id} @ ${variant.label}` });
  }
  // Grouped by variant: each worker loads the preview once per variant and switches stories inside it.
  const order = Object.values(VARIANTS);
  return tests.sort((a, b) => order.indexOf(a.variant) - order.indexOf(b.variant));
}

function storyUrl(base, story, variant) {
  let url = `${base}/iframe.html?${new URLSearchParams({ id: story.id, viewMode: 'story' })}`;
  // Storybook's URL form for globals: globals=key:value;key2:value2.
  if (variant.globals) {
    url += `&globals=${Object.entries(variant.globals).map(([key, value]) => `${key}:${value}`).join(';')}`;
  }
  return url;
}

/**
 * The build's files as the helper serves them, plus long-lived cache headers for the content-hashed
 * assets and axe-core: the browser then keeps them and their compiled code between stories, which makes
 * each story load about twice as fast on this machine. Everything else comes from disk as usual.
 */
function cachedFiles() {
  const pages = new Map();
  const cache = 'public, max-age=31536000, immutable';
  const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  for (const file of readdirSync(join(staticDir, 'assets'))) {
    const type = types[file.slice(file.lastIndexOf('.'))];
    if (!type) continue;
    pages.set(`/assets/${file}`, {
      body: readFileSync(join(staticDir, 'assets', file)),
      headers: { 'content-type': type, 'cache-control': cache },
    });
  }
  pages.set(AXE_URL_PATH, { body: readFileSync(axePath), headers: { 'content-type': types['.js'], 'cache-control': cache } });
  return pages;
}

/** One line per test: the first line of a message (stack traces stay out of the report). */
const firstLine = (text) => String(text).split('\n')[0].trim();

/** Runs in the page before its scripts: records the library events that reach the document. */
function recordEvents(types) {
  window.__sweepEvents = [];
  for (const type of types) {
    document.addEventListener(type, () => window.__sweepEvents.push(type), { capture: true });
  }
}

/** Runs in the page: once Storybook has finished the story, waits for its custom elements and fonts. */
async function settle() {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  const parameters = render?.story?.parameters?.sweep ?? {};
  if (document.body.classList.contains('sb-show-errordisplay') || render?.phase === 'errored') {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    return { errored: message || 'Storybook showed its error display', parameters };
  }
  const storyRoot = document.querySelector('#storybook-root');
  const customElementsIn = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.includes('-')) found.push(element);
      if (element.shadowRoot) customElementsIn(element.shadowRoot, found);
    }
    return found;
  };
  // Two rounds: an update may render further custom elements.
  for (let round = 0; round < 2; round += 1) {
    const elements = customElementsIn(storyRoot);
    const undefinedTags = [...new Set(elements.map((element) => element.localName))].filter(
      (tag) => !customElements.get(tag),
    );
    if (undefinedTags.length > 0) return { errored: `never defined: <${undefinedTags.join('>, <')}>`, parameters };
    await Promise.all(elements.map((element) => element.updateComplete));
  }
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // Events that follow a request (`src` loading or failing) may come after the render: wait for the
  // expected ones, up to 5 s.
  for (let waited = 0; waited < 5000; waited += 50) {
    if ((parameters.expectEvents ?? []).every((type) => window.__sweepEvents?.includes(type))) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const page = storyRoot.querySelector('.sb-page');
  return {
    parameters,
    page: page ? { lang: page.getAttribute('lang'), theme: page.dataset.theme } : null,
    events: window.__sweepEvents ?? [],
    content: storyRoot.textContent.trim() !== '' || customElementsIn(storyRoot).length > 0,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  };
}

/** Runs in the page after axe-core is loaded. */
async function runAxe() {
  const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      count: violation.nodes.length,
      target: JSON.stringify(violation.nodes[0]?.target),
      summary: violation.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join(' ').trim(),
    }));
}

/** Runs in the page: whether Storybook finished rendering story `id` (or showed its error display). */
function storyDone(id) {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  return (
    document.body.classList.contains('sb-show-errordisplay') ||
    (render?.id === id && ['finished', 'errored', 'aborted'].includes(render.phase))
  );
}

/** Runs in the page: starts story `id` in the already loaded preview, as the Storybook UI does. */
function switchStory(id) {
  window.__sweepEvents = [];
  window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
}

/**
 * Shows the test's story on the worker's page. The preview is loaded once per variant (viewport and
 * globals); later stories of the same variant start inside it, as in the Storybook UI, which is several
 * times faster than loading the preview again. After a story that failed to render, the next one loads
 * the preview afresh.
 */
async function showStory(page, base, test, worker) {
  const { story, variant } = test;
  if (worker.variant === variant) {
    await page.evaluate(switchStory, story.id);
  } else {
    worker.variant = undefined;
    await page.setViewportSize({ width: variant.width, height: variant.height });
    await page.goto(storyUrl(base, story, variant), { waitUntil: 'load', timeout: STORY_TIMEOUT });
  }
  await page.waitForFunction(storyDone, story.id, { timeout: STORY_TIMEOUT });
  worker.variant = variant;
}

/** One story × variant on the worker's page; returns the list of problems (empty = passed). */
async function runTest(page, log, base, test, worker) {
  const { variant } = test;
  const problems = [];
  try {
    await showStory(page, base, test, worker);
    const state = await page.evaluate(settle);
    const { parameters } = state;
    if (state.errored) {
      worker.variant = undefined;
      problems.push(`story did not render: ${state.errored}`);
    } else {
      if (!state.content) problems.push('the story rendered nothing');
      if (variant.globals) {
        const { lang, theme } = variant.globals;
        if (state.page?.lang !== lang || state.page?.theme !== theme) {
          problems.push(`globals not applied: the page is lang=${state.page?.lang} theme=${state.page?.theme}`);
        }
      }
      for (const type of parameters.expectEvents ?? []) {
        if (!state.events.includes(type)) problems.push(`expected event ${type} did not reach the document`);
      }
      if (variant.noHorizontalScroll && state.scrollWidth > state.innerWidth + 1) {
        problems.push(`horizontal scroll at ${variant.width} px: scrollWidth ${state.scrollWidth} > ${state.innerWidth}`);
      }
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${base}${AXE_URL_PATH}` });
      for (const violation of await page.evaluate(runAxe)) {
        const where = `${violation.target}${violation.count > 1 ? ` and ${violation.count - 1} more` : ''}`;
        problems.push(`axe ${violation.impact} ${violation.id} at ${where}${violation.summary ? `: ${violation.summary}` : ''}`);
      }
    }
    // Two frames for anything the story logs late (it still counts for this story).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const expected = parameters.expectWarning;
    if (expected) {
      const wanted = typeof expected === 'string' ? log.warnings.filter((w) => w.includes(expected)) : log.warnings;
      if (wanted.length === 0) {
        problems.push(`expected a console warning${typeof expected === 'string' ? ` containing "${expected}"` : ''}, got none`);
      }
    } else if (!parameters.allowWarning) {
      for (const warning of log.warnings) problems.push(`unexpected console warning: ${warning}`);
    }
  } catch (error) {
    worker.variant = undefined;
    problems.push(`sweep error: ${firstLine(error.message)}`);
  }
  for (const error of log.errors.reverse()) problems.unshift(`console error: ${error}`);
  return problems;
}

async function main() {
  const started = performance.now();
  const tests = testsFor(loadStories());
  if (tests.length === 0) {
    console.error('story-sweep: no stories found');
    process.exit(1);
  }
  // Served from a sub-path, as a partner publishing the build in a folder of their site would: every story
  // then also proves the build needs no root path.
  const server = await serve(staticDir, cachedFiles(), { prefix: '/docs/storybook' });
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    const queue = [...tests];
    const worker = async () => {
      // One context and one page per worker, reused (see showStory).
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      await context.addInitScript(recordEvents, EVENTS);
      const page = await context.newPage();
      let log = { errors: [], warnings: [] };
      const state = { variant: undefined };
      page.on('console', (message) => {
        const text = firstLine(message.text());
        if (message.type() === 'error' && !ALLOWED_ERRORS.some((allowed) => allowed.test(text))) log.errors.push(text);
        if (message.type() === 'warning') log.warnings.push(text);
      });
      page.on('pageerror', (error) => log.errors.push(`uncaught ${error.name}: ${firstLine(error.message)}`));
      try {
        for (let test = queue.shift(); test; test = queue.shift()) {
          log = { errors: [], warnings: [] };
          const testStarted = performance.now();
          const problems = await runTest(page, log, server.url, test, state);
          const time = `${((performance.now() - testStarted) / 1000).toFixed(1)} s`;
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

/**
 * Attribute fuzzing (issue 9): random and near-miss values for every documented attribute of every element (read
 * from custom-elements.json, so a new attribute needs a rule in corpus/attribute-rules.mjs before this passes).
 * Proves: no exception; an invalid value renders exactly as the default does, with one console warning per element
 * and value and no event; absent, valid, language, boolean, free-text, `cluster`, `src` and `timeout` values do
 * what their rule says; a valid value after every second value renders exactly as it does from a clean state
 * (recovery), and removing the attribute gives the default again.
 *
 * How: one headless Chromium page (playwright-core) with one element of each kind from the built CDN bundle, `<html
 * lang="en">`; corpus/attribute-probe.mjs renders the references and runs the values, hashing the shadow DOM and
 * the host's computed colours. fast-check draws the random values from a fixed seed (printed; HOSTILE_SEED
 * overrides it; HOSTILE_TIMES=1 prints each attribute's time). Prints how many values it tried per element.
 */
/* global window -- in the functions given to page.evaluate(), which run in the page */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { openLoopbackPage } from './support/loopback-page.mjs';
import { PARTNER_SRC, ruleFor } from './corpus/attribute-rules.mjs';
import { hash } from './corpus/digest.mjs';
import { startServer } from './corpus/server.mjs';
import { unicodeString } from './corpus/unicode.mjs';

const SEED = Number(process.env.HOSTILE_SEED ?? 20261129);
const RANDOM_PER_ATTRIBUTE = 3;

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const ELEMENTS = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map(({ tagName, attributes = [] }) => ({
    tag: tagName,
    // `sync-url` last: claiming the URL writes the filter properties back (as their defaults).
    attributes: attributes.map((a) => a.name).sort((a, b) => +(a === 'sync-url') - +(b === 'sync-url')),
  }));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>attributes</title>
<!-- Never painted: the checks read the DOM and its layout boxes, and painting was half the work. -->
<style>body { visibility: hidden }</style></head><body>
${ELEMENTS.map(({ tag }) => `<${tag} id="${tag}"${tag === 'cluster-card' ? ' cluster="odense-robotics"' : ''}></${tag}>`).join('\n')}
<script type="module" src="/corpus/attribute-probe.mjs"></script>
</body></html>`;

/** A partner file: the card's cluster renamed, so loaded data renders differently from the bundled data. */
const PARTNER = {
  name: PARTNER_SRC.slice(5),
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(
    JSON.stringify([
      { id: 'odense-robotics', name: 'Odense Robotics (partner file)', area: 'robotics', region: 'DK-83', locations: [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' }] },
      { id: 'partner-b', name: 'Partner B', area: 'digital' },
    ]),
  ),
};

let server;
let browser;
let page;
const pageErrors = [];
const dialogs = [];
const tried = [];

before(async () => {
  server = await startServer(PAGE, [PARTNER]);
  browser = await launchChromium();
  page = await openLoopbackPage(browser, server.origin, { pageErrors, dialogs });
  await page.goto(`${server.origin}/page.html`);
  await page.waitForFunction(() => window.attributeProbeReady === true);
});

after(async () => {
  console.log(`attribute fuzzing (seed ${SEED}): ${tried.join('; ')}`);
  await browser?.close();
  await server?.close();
});

/** Random values: any text, any Unicode, numbers, and valid values in mixed case or with white space around. */
function randomValues(tag, attribute, rule) {
  const arbitrary = fc.oneof(
    fc.string({ maxLength: 12 }),
    unicodeString(8),
    fc.integer({ min: -10, max: 20 }).map(String),
    fc.double().map(String),
    fc.constantFrom(...rule.valid).chain((value) => fc.mixedCase(fc.constant(value))),
    fc.tuple(fc.constantFrom(' ', '\t', '\n', '\u00a0'), fc.constantFrom(...rule.valid)).map(([space, value]) => `${space}${value}`),
  );
  const seed = (SEED ^ parseInt(hash(`${tag} ${attribute}`), 16)) | 0;
  return fc.sample(arbitrary, { seed, numRuns: RANDOM_PER_ATTRIBUTE * 3 }).filter(rule.acceptsRandom ?? (() => true)).slice(0, RANDOM_PER_ATTRIBUTE);
}

/** The reference a classified value must render as: a key of `refs`, or undefined when it has none. */
function refKey(kind) {
  switch (kind.kind) {
    case 'absent':
    case 'invalid':
      return 'default';
    case 'valid':
      return `valid:${kind.canonical}`;
    case 'language':
      return kind.canonical === 'inherit' ? 'default' : `lang:${kind.canonical}`;
    case 'boolean':
      return 'present';
    case 'failing-src':
      return 'failed';
    default:
      return undefined;
  }
}

/** The plan for one attribute: references from a clean state, then the values, a valid one after every second. */
function planFor(tag, attribute, rule) {
  const random = randomValues(tag, attribute, rule);
  const values = [...rule.near, ...random];
  const raws = values.flatMap((value, index) => (index % 2 ? [value, rule.valid[((index - 1) / 2) % rule.valid.length]] : [value]));
  const classified = raws.map((raw) => ({ raw, kind: rule.classify(raw) }));
  const refs = new Map();
  const addRef = (key, raw) => key && key !== 'default' && !refs.has(key) && refs.set(key, raw);
  for (const { raw, kind } of classified) {
    if (kind.kind === 'language') addRef(refKey(kind), kind.canonical);
    else if (kind.kind === 'boolean') addRef('present', '');
    else if (kind.kind === 'failing-src') addRef('failed', '/src/not-found');
    else addRef(refKey(kind), raw);
  }
  // Free text (query) has one reference: the valid value it recovers with.
  if (classified.some(({ kind }) => kind.kind === 'free')) for (const raw of rule.valid) refs.set(`query:${raw}`, raw);
  const setup = [];
  if (tag === 'cluster-card' && attribute !== 'cluster') setup.push(['cluster', 'odense-robotics']);
  if (attribute === 'timeout') setup.push(['src', PARTNER_SRC]);
  const counts = { random: random.length, near: rule.near.length, recoveries: raws.length - values.length };
  return { counts, classified, plan: { setup, refs: [...refs].map(([key, raw]) => ({ key, raw })), steps: raws } };
}

const short = (value) => (JSON.stringify(value) ?? String(value)).slice(0, 200);

/** Checks one step against its classification; `warned` holds the `attribute=key` pairs this element warned about. */
function checkStep(p, { tag, attribute, rule, raw, kind, step, refs, warned }) {
  const id = tag;
  const events = step.events.filter((event) => event.target === id);
  const dataErrors = events.filter((event) => event.type === 'cluster-data-error');
  const loads = events.filter((event) => event.type === 'cluster-data-load');
  let expectWarnings = 0;
  let expectErrors = 0;
  let expectLoads = 0;
  const key = refKey(kind);
  if (key && step.hash !== refs[key]) p(`renders differently from its reference "${key}"`);
  switch (kind.kind) {
    case 'invalid': {
      const warnKey = `${attribute}=${kind.warnKey}`;
      expectWarnings = warned.has(warnKey) ? 0 : 1;
      warned.add(warnKey);
      if (expectWarnings && !step.warnings.some((w) => w.includes(`valid ${attribute}`))) p(`the warning does not name ${attribute}: ${short(step.warnings)}`);
      break;
    }
    case 'boolean':
      if (step.property !== true) p(`the property is ${short(step.property)}, expected true`);
      break;
    case 'free':
      if (step.count !== step.expectedCount) p(`shows ${step.count} results, queryClusters finds ${step.expectedCount}`);
      if (rule.valid.includes(raw) && step.hash !== refs[`query:${raw}`]) p('renders differently from its reference');
      break;
    case 'not-found':
      expectErrors = 1;
      if (dataErrors[0] && dataErrors[0].id !== raw) p(`the error names ${short(dataErrors[0].id)}`);
      if (!step.notice?.includes(raw)) p(`no visible "not found" notice naming the id: ${short(step.notice)}`);
      break;
    case 'failing-src':
      expectErrors = 1;
      expectWarnings = 1;
      if (dataErrors[0] && dataErrors[0].src !== raw) p(`the error names src ${short(dataErrors[0].src)}`);
      break;
    case 'valid':
      if (attribute === 'src') expectLoads = 1;
      break;
    default:
  }
  // `timeout` runs with a working `src`: every change of its value reloads, and must load (the default is 10 s).
  if (attribute === 'timeout') expectLoads = +step.reloaded;
  if (dataErrors.length !== expectErrors) p(`${dataErrors.length} cluster-data-error events, expected ${expectErrors}`);
  if (loads.length !== expectLoads) p(`${loads.length} cluster-data-load events, expected ${expectLoads}`);
  const others = step.events.filter((event) => !event.type.startsWith('cluster-data') || event.target !== id);
  if (others.length) p(`unexpected events: ${short(others)}`);
  if (step.warnings.length !== expectWarnings) p(`${step.warnings.length} warnings, expected ${expectWarnings}: ${short(step.warnings)}`);
  if (step.errors.length) p(`console errors: ${short(step.errors)}`);
}

for (const { tag, attributes } of ELEMENTS) {
  test(`<${tag}>: random and near-miss values for ${attributes.join(', ')}`, async () => {
    const problems = [];
    const warned = new Set();
    const counts = { random: 0, near: 0, recoveries: 0, invalid: 0 };
    for (const attribute of attributes) {
      const rule = ruleFor(tag, attribute);
      const { counts: planned, classified, plan } = planFor(tag, attribute, rule);
      for (const key of ['random', 'near', 'recoveries']) counts[key] += planned[key];
      counts.invalid += classified.filter(({ kind }) => ['invalid', 'not-found', 'failing-src'].includes(kind.kind)).length;
      const errorsBefore = pageErrors.length;
      const started = Date.now();
      const result = await page.evaluate(([id, attribute, plan]) => window.attributeProbe.run(id, attribute, plan), [tag, attribute, plan]);
      if (process.env.HOSTILE_TIMES) console.log(`${Date.now() - started} ms <${tag} ${attribute}> ${classified.length} values`);
      const refs = result.refs;
      const prefix = `<${tag} ${attribute}>`;
      // A reference that no value can tell from the default would make the checks blind.
      const distinct = Object.entries(refs).filter(([key, value]) => key !== 'default' && value !== refs.default);
      // (`sync-url` and `timeout` change no rendering; the map has no heading for `heading-level` to change.)
      const blind = ['sync-url', 'timeout'].includes(attribute) || (tag === 'cluster-map' && attribute === 'heading-level');
      if (distinct.length === 0 && !blind) problems.push(`${prefix}: no valid value renders differently from the default`);
      classified.forEach(({ raw, kind }, index) => {
        const p = (message) => problems.push(`${prefix} = ${short(raw)} (${kind.kind}): ${message}`);
        checkStep(p, { tag, attribute, rule, raw, kind, step: result.steps[index], refs, warned });
      });
      if (result.final !== refs.default) problems.push(`${prefix}: removing the attribute does not give the default back`);
      if (result.canary !== 0 || result.polluted !== undefined) problems.push(`${prefix}: the canary is ${result.canary}, Object.prototype.polluted is ${result.polluted}`);
      if (pageErrors.length > errorsBefore) problems.push(`${prefix}: uncaught ${pageErrors.slice(errorsBefore).join(' | ').slice(0, 300)}`);
    }
    tried.push(`<${tag}> ${attributes.length} attributes, ${counts.random} random values, ${counts.near} near misses, ${counts.recoveries} recoveries (${counts.invalid} of them invalid)`);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.slice(0, 200).join('\n')}`);
  });
}

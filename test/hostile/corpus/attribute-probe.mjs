/**
 * Runs in the browser page of the attribute fuzzing test. Loads the CDN bundle and the data entry, sets the canary
 * `window.__canary = 0`, records console warnings/errors and cluster-* events, and exposes `window.attributeProbe`:
 * `run(id, attribute, plan)` renders the references (the default and each canonical valid value, from a clean
 * state), then sets each value of the plan in turn and reports what the element logged and shows — a hash of its
 * shadow DOM plus the host's computed colours (what `theme` changes), its notice, rendered count and property.
 */
/* global window, document, Node, getComputedStyle -- this code runs in the browser page */
import '/dist/cdn/danish-clusters.js';
import * as Data from '/dist/data.js';
import { hash } from './digest.mjs';

window.__canary = 0;
const log = { warnings: [], errors: [], events: [] };
console.warn = (...args) => log.warnings.push(args.map(String).join(' '));
console.error = (...args) => log.errors.push(args.map(String).join(' '));
for (const type of ['cluster-data-error', 'cluster-data-load', 'cluster-select', 'cluster-filter-change']) {
  document.addEventListener(type, (event) => log.events.push({ type, target: event.target.id, src: event.detail?.src, id: event.detail?.id }));
}

function drain() {
  const out = { warnings: log.warnings, errors: log.errors, events: log.events };
  log.warnings = [];
  log.errors = [];
  log.events = [];
  return out;
}

/** The shadow DOM as text: elements with sorted attributes (not the map's fixed path data), and text. */
function serialize(node, out = []) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.data);
    else if (child.nodeType === Node.ELEMENT_NODE) {
      out.push('<', child.localName);
      for (const name of child.getAttributeNames().sort()) if (name !== 'd') out.push(' ', name, '=', child.getAttribute(name));
      out.push('>');
      serialize(child, out);
      out.push('</>');
    }
  }
  return out;
}

/**
 * The rendering as a hash. Nothing here forces layout (the map would re-measure, and layout is most of the cost);
 * `withStyle` adds the host's computed colours, which only `theme` changes.
 */
function snapshot(element, withStyle) {
  const style = withStyle ? getComputedStyle(element) : {};
  return hash(`${serialize(element.shadowRoot).join('')}|${style.color}|${style.backgroundColor}|${style.colorScheme}`);
}

const DATA_TAGS = new Set(['cluster-card', 'cluster-list', 'cluster-map', 'cluster-explorer']);

/**
 * Sets (or with `null` removes) an attribute and waits until the element has settled, data loads included.
 * Returns whether the change started a new load (a `src` or `timeout` whose property value changed).
 */
async function set(element, attribute, raw) {
  const before = { src: element.src, timeout: element.timeout };
  if (raw === null) element.removeAttribute(attribute);
  else element.setAttribute(attribute, raw);
  const reloads =
    DATA_TAGS.has(element.localName) &&
    ((attribute === 'src' && !Object.is(before.src, element.src) && element.src) ||
      (attribute === 'timeout' && !Object.is(before.timeout, element.timeout) && element.src));
  if (reloads) {
    await new Promise((resolve) => {
      const done = () => {
        element.removeEventListener('cluster-data-load', done);
        element.removeEventListener('cluster-data-error', done);
        resolve();
      };
      element.addEventListener('cluster-data-load', done);
      element.addEventListener('cluster-data-error', done);
    });
  }
  await element.updateComplete;
  await element.updateComplete;
  return !!reloads;
}

/** What a step reports. */
function observe(element, attribute) {
  const root = element.shadowRoot;
  // Visibility needs layout: only the card's "not found" notice is checked that way.
  const notice = attribute === 'cluster' ? [...root.querySelectorAll('[part~="notice"]')].find((n) => n.getClientRects().length > 0) : undefined;
  const property = { 'sync-url': 'syncUrl', 'shade-regions': 'shadeRegions' }[attribute];
  const out = { hash: snapshot(element, attribute === 'theme'), notice: notice ? notice.textContent : null, property: property && element[property] };
  if (attribute === 'query' && (element.localName === 'cluster-list' || element.localName === 'cluster-explorer')) {
    out.count = root.querySelectorAll('li[aria-posinset]').length;
    out.expectedCount = Data.queryClusters({ query: element.query ?? '', lang: 'en' }).length;
  }
  return out;
}

/**
 * `plan`: `{ setup: [[attribute, raw]…], refs: [{ key, raw }…], steps: [raw…] }`. Returns the reference hashes,
 * one report per step, and the hash after the attribute is removed again.
 */
async function run(id, attribute, plan) {
  const element = document.getElementById(id);
  for (const [name, raw] of plan.setup) await set(element, name, raw);
  await set(element, attribute, null);
  drain();
  const withStyle = attribute === 'theme';
  const refs = { default: snapshot(element, withStyle) };
  for (const { key, raw } of plan.refs) {
    await set(element, attribute, raw);
    refs[key] = snapshot(element, withStyle);
    await set(element, attribute, null);
  }
  const refLogs = drain();
  const steps = [];
  for (const raw of plan.steps) {
    const reloaded = await set(element, attribute, raw);
    steps.push({ ...drain(), ...observe(element, attribute), reloaded });
  }
  await set(element, attribute, null);
  const final = snapshot(element, withStyle);
  for (const [name] of [...plan.setup].reverse()) await set(element, name, null);
  drain();
  return { refs, refLogs, steps, final, canary: window.__canary, polluted: ({}).polluted };
}

window.attributeProbe = { run };
window.attributeProbeReady = true;

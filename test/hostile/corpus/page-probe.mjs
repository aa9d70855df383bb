/**
 * Runs in the browser page of the hostile tests (served as a module next to the built files). It loads the CDN
 * bundle (registers the elements) and the `danish-clusters/data` entry (dist/data.js), sets the canary
 * `window.__canary = 0`, records every console warning/error and every cluster-* event, lets a click on a rendered
 * link go through only when its scheme is not http(s)/mailto (so an unsafe link that slipped through would run and
 * bump the canary, while a safe one never navigates away), and exposes `window.probe` with the steps the Node tests
 * drive: apply properties and observe an element, run the data functions, scan shadow roots.
 */
/* global window, document, HTMLAnchorElement -- this code runs in the browser page */
import '/dist/cdn/danish-clusters.js';
import * as Data from '/dist/data.js';
import { digest, head } from './digest.mjs';

window.__canary = 0;
const SAFE = new Set(['https:', 'http:', 'mailto:']);
const log = { warnings: [], errors: [], events: [], safeClicks: 0 };

console.warn = (...args) => log.warnings.push(args.map(String).join(' '));
console.error = (...args) => log.errors.push(args.map(String).join(' '));
for (const type of ['cluster-data-error', 'cluster-data-load', 'cluster-select', 'cluster-filter-change']) {
  document.addEventListener(type, (event) => {
    const detail = event.detail ?? {};
    log.events.push({
      type,
      target: event.target.id,
      src: detail.src,
      id: detail.id,
      paths: Array.isArray(detail.errors) ? detail.errors.slice(0, 5).map((e) => e.path) : [],
    });
  });
}
window.addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (link && SAFE.has(link.protocol)) {
      event.preventDefault();
      log.safeClicks++;
    }
  },
  true,
);

/** Everything recorded since the last drain. */
function drain() {
  const out = { warnings: log.warnings, errors: log.errors, events: log.events };
  log.warnings = [];
  log.errors = [];
  log.events = [];
  return out;
}

/** The input of a case: parsed JSON text, or a JavaScript expression evaluated here (cycles, proxies, getters). */
function build(c) {
  // Indirect eval of the corpus's own builders (hand-written.mjs), never of data.
  return c.js !== undefined ? (0, eval)(c.js) : JSON.parse(c.json);
}

/** The first raw record of an input, without trusting it (a Proxy may throw). */
function rawFirst(input) {
  try {
    if (Array.isArray(input)) return input[0];
    return Array.isArray(input?.clusters) ? input.clusters[0] : undefined;
  } catch {
    return undefined;
  }
}

const trim = (node) => node.textContent.trim();
const visible = (node) => node.getClientRects().length > 0 && node.textContent.trim() !== '';

/** Tags, event-handler attributes and link schemes in a shadow root, and a click on every link. */
function scan(root) {
  const tags = new Set();
  const handlers = [];
  const badLinks = [];
  for (const node of root.querySelectorAll('*')) {
    tags.add(node.localName);
    for (const attribute of node.getAttributeNames()) if (/^on/i.test(attribute)) handlers.push(`${node.localName}[${attribute}]`);
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && !SAFE.has(node.protocol)) badLinks.push(node.getAttribute('href').slice(0, 80));
  }
  const links = [...root.querySelectorAll('a')];
  for (const link of links) link.click();
  return { tags: [...tags], handlers, badLinks, links: links.length };
}

/** What one element shows. */
function observe(element) {
  const root = element.shadowRoot;
  const notices = [...root.querySelectorAll('[part~="notice"]')].filter(visible).length;
  const setsize = root.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize');
  const base = { notices, scan: scan(root) };
  switch (element.localName) {
    case 'cluster-card': {
      const office = root.querySelector('.facts .fact dd');
      return {
        ...base,
        name: root.querySelector('.activate') ? digest(trim(root.querySelector('.activate'))) : null,
        description: digest(root.querySelector('.description')?.textContent ?? null),
        focus: [...root.querySelectorAll('.focus li')].map((li) => digest(li.textContent)),
        office: head(office?.textContent ?? null),
      };
    }
    case 'cluster-list':
      return { ...base, setsize: setsize === undefined ? 0 : Number(setsize), names: [...root.querySelectorAll('.activate')].map((b) => digest(trim(b))), empty: !!root.querySelector('[part=empty]') };
    case 'cluster-map':
      return { ...base, items: [...root.querySelectorAll('ul.visually-hidden > li')].map((li) => head(li.textContent)) };
    case 'cluster-explorer':
      return {
        ...base,
        setsize: setsize === undefined ? 0 : Number(setsize),
        names: [...root.querySelectorAll('.list-pane .activate')].map((b) => digest(trim(b))),
        items: [...root.querySelectorAll('ul.visually-hidden > li')].map((li) => li.textContent.length),
      };
    default:
      throw new Error(`probe: no observer for ${element.localName}`);
  }
}

/** Opens the explorer's detail view for the card named `name`, scans it, closes it. */
async function openDetail(explorer, name) {
  const button = [...explorer.shadowRoot.querySelectorAll('.list-pane .activate')].find((b) => trim(b) === name);
  if (!button) return { opened: false, reason: 'no card with that name' };
  button.click();
  await explorer.updateComplete;
  const dialog = explorer.shadowRoot.querySelector('dialog');
  const heading = dialog.querySelector('[part=name]');
  const result = { opened: dialog.open, name: heading ? digest(trim(heading)) : null, scan: scan(dialog) };
  // The `close` event (which ends the selection) is queued as a task: wait for it, or the next case's data
  // would meet the old selection.
  const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  dialog.close();
  await closed;
  await explorer.updateComplete;
  return result;
}

const element = (id) => document.getElementById(id);

/** Sets properties on one element, waits for its update, and returns what it logged and shows. */
async function applyTo(id, properties) {
  drain();
  const target = element(id);
  Object.assign(target, properties);
  await target.updateComplete;
  await target.updateComplete;
  return { ...drain(), view: observe(target) };
}

/** Sets `src` (after clearing `clusters`) and waits for that element's load or error event. */
async function loadSrc(id, src, timeout, cluster) {
  drain();
  const target = element(id);
  const settled = new Promise((resolve) => {
    const done = (event) => {
      if (event.detail?.src !== src) return;
      target.removeEventListener('cluster-data-load', done);
      target.removeEventListener('cluster-data-error', done);
      resolve();
    };
    target.addEventListener('cluster-data-load', done);
    target.addEventListener('cluster-data-error', done);
  });
  Object.assign(target, { clusters: undefined, timeout, ...(cluster === undefined ? {} : { cluster }) });
  target.src = src;
  await settled;
  await target.updateComplete;
  return { ...drain(), view: observe(target) };
}

/** Walks a gated copy: frozen throughout, plain prototypes, no `__proto__` own keys, only safe URLs. */
function inspectCopy(data, records = Infinity) {
  const problems = [];
  const visit = (value, path, depth) => {
    if (value === null || typeof value !== 'object' || depth > 8) return;
    if (!Object.isFrozen(value)) problems.push(`${path} is not frozen`);
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype) problems.push(`${path} has an odd prototype`);
    if (Object.hasOwn(value, '__proto__')) problems.push(`${path} has an own __proto__`);
    for (const [key, child] of Object.entries(value)) visit(child, `${path}/${key}`, depth + 1);
  };
  const { clusters } = data;
  if (!Object.isFrozen(data) || !Object.isFrozen(clusters)) problems.push('the copy or its clusters are not frozen');
  for (const [key, value] of Object.entries(data)) if (key !== 'clusters') visit(value, `/${key}`, 1);
  for (const record of clusters.slice(0, records)) visit(record, '/clusters/…', 1);
  for (const [index, record] of clusters.slice(0, records).entries()) {
    const urls = [...(record.website ? [record.website] : []), ...(record.sources ?? [])];
    for (const url of urls) {
      let protocol = 'unparsable';
      try {
        protocol = new URL(url).protocol;
      } catch {
        // reported below
      }
      if (!SAFE.has(protocol)) problems.push(`/clusters/${index} keeps the URL ${url.slice(0, 60)}`);
    }
  }
  return problems;
}

const QUERIES = ['<script>__canary++</script>', '.*', '(', '\\', '__proto__', 'constructor', 'ø å æ', '\ud800', ''];

/** The `danish-clusters/data` functions on one input: outcomes, and anything they threw. */
function dataCase(c) {
  const input = build(c);
  try {
    const validation = Data.validateClusters(input);
    const accepted = Data.acceptClusterData(input);
    const first = rawFirst(input);
    const record = first === undefined ? undefined : Data.acceptCluster(first);
    const described = Data.describeWarnings(validation.warnings);
    const out = {
      valid: validation.valid,
      errors: validation.errors,
      warnings: validation.warnings,
      acceptedOk: accepted.ok,
      acceptedErrors: accepted.ok ? [] : accepted.errors,
      recordOk: record?.ok,
      described,
    };
    if (accepted.ok) {
      const data = accepted.data;
      out.count = data.clusters.length;
      out.copyProblems = inspectCopy(data, 5000);
      out.copy = data.clusters.length > 5000 ? null : JSON.stringify(data);
      if (data.clusters.length > 5000) Data.queryClusters({ query: QUERIES[0] }, data);
      else for (const query of QUERIES) for (const sort of ['name', 'area', 'region']) Data.queryClusters({ query, sort, lang: 'da' }, data);
      out.found = data.clusters.length > 0 ? Data.getCluster(data.clusters[0].id, data)?.name === data.clusters[0].name : true;
    }
    return out;
  } catch (error) {
    return { threw: String(error?.stack ?? error).slice(0, 500) };
  }
}

/** One case through the `clusters` property of the dataset elements and the `data` property of the record card. */
async function clustersCase(c, plan) {
  const input = build(c);
  const first = rawFirst(input);
  const out = {};
  out.card = await applyTo('card', { clusters: input, cluster: plan.cardCluster });
  out.list = await applyTo('list', { clusters: input });
  out.map = await applyTo('map', { clusters: input });
  if (plan.explorer) {
    out.explorer = await applyTo('explorer', { clusters: input });
    out.detail = plan.detailName === undefined ? undefined : await openDetail(element('explorer'), plan.detailName);
    drain();
  }
  out.recordCard = await applyTo('record-card', { data: first === null ? undefined : first });
  return out;
}

/** One `src` case through the elements named in `ids`. */
async function srcCase(c, src, ids, cardCluster) {
  const out = {};
  for (const id of ids) out[id] = await loadSrc(id, src, c.timeout ?? 60_000, id === 'card' ? cardCluster : undefined);
  return out;
}

/** Page-wide state that no data may change. */
function globals() {
  return {
    canary: window.__canary,
    objectProto: Object.getOwnPropertyNames(Object.prototype).sort().join(),
    arrayProto: Object.getOwnPropertyNames(Array.prototype).length,
    polluted: ({}).polluted,
    location: window.location.href,
    bodyChildren: document.body.children.length,
    headChildren: document.head.children.length,
    safeClicks: log.safeClicks,
  };
}

/** Every element back to the bundled data, for a clean start. */
async function reset() {
  for (const id of ['card', 'list', 'map', 'explorer']) Object.assign(element(id), { clusters: undefined, src: undefined });
  element('card').cluster = 'odense-robotics';
  element('record-card').data = undefined;
  await Promise.all(['card', 'record-card', 'list', 'map', 'explorer'].map((id) => element(id).updateComplete));
  drain();
}

/** The bundled names, and the tags the elements render for the bundled data (the detail view included). */
async function baseline() {
  await reset();
  const tags = new Set();
  for (const id of ['card', 'record-card', 'list', 'map', 'explorer']) for (const tag of observe(element(id)).scan.tags) tags.add(tag);
  const detail = await openDetail(element('explorer'), 'Odense Robotics');
  for (const tag of detail.scan.tags) tags.add(tag);
  drain();
  return { names: Data.clusters.map((c) => c.name), ids: Data.clusters.map((c) => c.id), tags: [...tags], globals: globals() };
}

window.probe = { baseline, reset, clustersCase, dataCase, srcCase, globals, drain };
window.probeReady = true;

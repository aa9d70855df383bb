/**
 * What each bad-data case must look like in the page, as lists of problems (empty = the case passed), so one run
 * reports every failing case at once. Valid data: exactly the expected records render (names as text, the first
 * record's description, focus and head office in the card, the detail view in the explorer), no error event, one
 * warning when URLs were dropped. Rejected data: exactly one `cluster-data-error` per element, one warning, a
 * visible notice, and the bundled clusters. Always: no console error, no element or attribute the bundled render
 * does not have, no `on…` attribute, no link with a scheme other than https:, http: or mailto:.
 */
import { isDeepStrictEqual } from 'node:util';
import { digest, head } from './digest.mjs';
import { headOffice } from './oracle.mjs';

const trim = (text) => text.trim();
/** What the page reports for a rendered text (see digest.mjs). */
const seen = (text) => digest(trim(text));
const begins = (observed, text) => typeof observed === 'string' && observed.startsWith(head(text));
const sorted = (list) => [...list].sort();
const same = (a, b) => isDeepStrictEqual(a, b);
const short = (value) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

/** `path` is `prefix` or below it. */
const under = (path, prefix) => path === prefix || path.startsWith(`${prefix}/`);

/** The first raw record of a JSON input, as the probe finds it. */
function rawFirst(input) {
  if (Array.isArray(input)) return input[0];
  return input && typeof input === 'object' && Array.isArray(input.clusters) ? input.clusters[0] : undefined;
}

/** What the dataset elements must show for a case: its records, or the bundled ones. */
export function viewOf(c, bundled) {
  const e = c.expect;
  const droppedTotal = e.droppedCount ?? e.dropped.length;
  if (!e.valid) return { valid: false, names: bundled.names, count: bundled.names.length, first: { name: 'Odense Robotics' }, cardCluster: 'odense-robotics', droppedTotal };
  const clusters = e.clean?.clusters;
  return {
    valid: true,
    names: clusters?.map((record) => record.name),
    count: e.count ?? clusters.length,
    first: clusters?.[0],
    cardCluster: clusters?.[0]?.id,
    droppedTotal,
  };
}

/** What the card with the first raw record as its `data` must do: 'none', 'valid' or 'invalid', and its name. */
export function recordPlanOf(c) {
  const e = c.expect;
  if (c.js !== undefined) return { kind: e.record, name: e.clean?.clusters?.[0]?.name, dropped: false };
  const input = JSON.parse(c.json);
  const first = rawFirst(input);
  if (first === undefined || first === null) return { kind: 'none' };
  const prefix = Array.isArray(input) ? '/0' : '/clusters/0';
  const dropped = e.dropped.some((path) => under(path, prefix));
  if (e.valid) return { kind: 'valid', name: e.clean.clusters[0].name, dropped };
  return { kind: under(e.errorPath, prefix) ? 'invalid' : 'valid', name: first.name, dropped };
}

function checkLogs(p, id, run, { errors, loads, warnings, warningText, src, errorPath }) {
  const mine = (type) => run.events.filter((event) => event.type === type && event.target === id);
  const dataErrors = mine('cluster-data-error');
  const dataLoads = mine('cluster-data-load');
  if (dataErrors.length !== errors) p(`${dataErrors.length} cluster-data-error events, expected ${errors}`);
  if (dataLoads.length !== loads) p(`${dataLoads.length} cluster-data-load events, expected ${loads}`);
  for (const event of [...dataErrors, ...dataLoads]) if (src !== undefined && event.src !== src) p(`an event names src ${short(event.src)}, expected ${src}`);
  if (errorPath && dataErrors[0] && !dataErrors[0].paths.includes(errorPath)) p(`the error event lists ${short(dataErrors[0].paths)}, not ${errorPath}`);
  const others = run.events.filter((event) => event.target !== id && event.type.startsWith('cluster-data'));
  if (others.length) p(`events from other elements: ${short(others)}`);
  if (run.warnings.length !== warnings) p(`${run.warnings.length} warnings, expected ${warnings}: ${short(run.warnings.map((w) => w.slice(0, 120)))}`);
  for (const text of warningText) if (!run.warnings.some((w) => w.includes(text))) p(`no warning mentions ${short(text)}`);
  if (run.errors.length) p(`console errors: ${short(run.errors)}`);
}

function checkScan(p, scan, allowedTags) {
  const odd = scan.tags.filter((tag) => !allowedTags.has(tag));
  if (odd.length) p(`renders elements the bundled data never does: ${odd.join(', ')}`);
  if (scan.handlers.length) p(`event-handler attributes: ${scan.handlers.join(', ')}`);
  if (scan.badLinks.length) p(`links with unsafe schemes: ${short(scan.badLinks)}`);
}

/** The list, map, explorer and card views against `view`. */
function checkView(p, id, observed, view) {
  const v = observed.view;
  if (view.valid ? v.notices !== 0 : v.notices < 1) p(`${v.notices} visible notices`);
  const names = view.names?.map(seen);
  switch (id) {
    case 'list':
    case 'explorer':
      if (view.count === 0 ? v.setsize !== 0 : v.setsize !== view.count) p(`shows ${v.setsize} records, expected ${view.count}`);
      if (names && view.count <= 200 && !same(sorted(v.names), sorted(names))) p(`shows the names ${short(sorted(v.names))}, expected ${short(sorted(names))}`);
      if (id === 'explorer' && v.items.length !== view.count) p(`the map lists ${v.items.length} records, expected ${view.count}`);
      break;
    case 'map':
      if (v.items.length !== view.count) p(`lists ${v.items.length} records, expected ${view.count}`);
      if (view.names) view.names.forEach((name, index) => begins(v.items[index], name) || p(`item ${index} reads ${short(v.items[index])}, expected it to start with ${short(name)}`));
      break;
    case 'card': {
      const first = view.first;
      if ((v.name ?? null) !== (first ? seen(first.name) : null)) p(`shows ${short(v.name)}, expected ${short(first?.name ?? null)}`);
      if (!view.valid || !first) break;
      const description = digest(first.description?.da || null);
      if (v.description !== description) p(`description ${short(v.description)}, expected ${short(description)}`);
      if (!same(v.focus, (first.focus?.da ?? []).map(digest))) p(`focus ${short(v.focus)}, expected ${short(first.focus?.da ?? [])}`);
      const office = headOffice(first);
      if (office && !begins(v.office, office.city)) p(`head office reads ${short(v.office)}, expected it to start with the city ${short(office.city)}`);
      break;
    }
    default:
      p('no view check');
  }
}

/** A case through the `clusters` property (and the record card's `data`). */
export function checkClustersCase(c, result, bundled, allowedTags) {
  const problems = [];
  const view = viewOf(c, bundled);
  const warnings = view.valid ? +(view.droppedTotal > 0) : 1 + +(view.droppedTotal > 0);
  const warningText = [...(view.droppedTotal > 0 ? ['unsafe link', c.expect.dropped[0]] : []), ...(view.valid ? [] : ['Invalid cluster data'])];
  for (const id of ['card', 'list', 'map', 'explorer'].filter((id) => result[id])) {
    const observed = result[id];
    const p = (message) => problems.push(`${c.id} → <${id}> via clusters: ${message}`);
    checkLogs(p, id, observed, { errors: view.valid ? 0 : 1, loads: 0, warnings, warningText, errorPath: c.expect.errorPath });
    checkView(p, id, observed, view);
    checkScan(p, observed.view.scan, allowedTags);
  }
  if (result.detail) {
    const p = (message) => problems.push(`${c.id} → <cluster-explorer> detail: ${message}`);
    if (!result.detail.opened || result.detail.name !== seen(view.first.name)) p(`opened ${result.detail.opened} with ${short(result.detail.name)}, expected ${short(view.first.name)}`);
    checkScan(p, result.detail.scan, allowedTags);
  }
  const plan = recordPlanOf(c);
  const record = result.recordCard;
  const p = (message) => problems.push(`${c.id} → <cluster-card> via data: ${message}`);
  const invalid = plan.kind === 'invalid';
  checkLogs(p, 'record-card', record, {
    errors: +invalid,
    loads: 0,
    warnings: +invalid + +(plan.kind !== 'none' && plan.dropped),
    warningText: invalid ? ['Invalid cluster record'] : [],
  });
  const name = plan.kind === 'valid' ? seen(plan.name) : 'Odense Robotics';
  if (record.view.name !== name) p(`shows ${short(record.view.name)}, expected ${short(name)}`);
  if (invalid ? record.view.notices < 1 : record.view.notices !== 0) p(`${record.view.notices} visible notices (the record was ${plan.kind})`);
  checkScan(p, record.view.scan, allowedTags);
  return problems;
}

/** A case through the functions of `danish-clusters/data`. */
export function checkDataCase(c, r) {
  const problems = [];
  const p = (message) => problems.push(`${c.id} via data: ${message}`);
  const e = c.expect;
  if (r.threw) return [`${c.id} via data: threw ${r.threw}`];
  if (r.valid !== e.valid) p(`validateClusters says valid=${r.valid} (errors ${short(r.errors)})`);
  if (r.acceptedOk !== e.valid) p(`acceptClusterData says ok=${r.acceptedOk}`);
  if (!same(r.acceptedErrors, e.valid ? [] : r.errors)) p('acceptClusterData and validateClusters disagree on the errors');
  const droppedTotal = e.droppedCount ?? e.dropped.length;
  const paths = r.warnings.filter((w) => w.path !== '').map((w) => w.path);
  const listed = e.droppedCount === undefined ? e.dropped.slice(0, 100) : e.dropped;
  if (!same(paths.slice(0, listed.length), listed) || paths.length !== Math.min(droppedTotal, 100)) p(`warnings ${short(paths)}, expected ${short(listed)} (${droppedTotal} in all)`);
  if (droppedTotal > 100 && !r.warnings.at(-1)?.message.includes(`${droppedTotal - 100} more`)) p(`no closing "${droppedTotal - 100} more" warning`);
  if (droppedTotal > 0 && !r.described.includes(e.dropped[0])) p(`describeWarnings does not name ${e.dropped[0]}`);
  if (e.valid) {
    if (r.errors.length) p(`errors ${short(r.errors)}`);
    if (r.copyProblems?.length) p(`the copy: ${short(r.copyProblems)}`);
    const count = e.count ?? e.clean.clusters.length;
    if (r.count !== count) p(`the copy has ${r.count} records, expected ${count}`);
    if (e.clean && r.copy !== null && !same(JSON.parse(r.copy), JSON.parse(JSON.stringify(e.clean)))) {
      p(`the copy differs from the expected clean copy: got ${short(JSON.parse(r.copy))}, expected ${short(e.clean)}`);
    }
    if (!r.found) p('getCluster does not find the first record');
  } else {
    if (r.errors.length === 0) p('no errors');
    if (e.errorPath !== null && !r.errors.some((error) => error.path === e.errorPath)) p(`no error at ${e.errorPath}: ${short(r.errors)}`);
  }
  const plan = recordPlanOf(c);
  if (plan.kind === 'valid' && r.recordOk !== true) p('acceptCluster rejects the first record');
  if (plan.kind === 'invalid' && r.recordOk !== false) p('acceptCluster accepts the first record');
  return problems;
}

/** A `src` case, element by element. */
export function checkSrcCase(c, result, bundled, allowedTags) {
  const problems = [];
  const view = viewOf(c, bundled);
  for (const id of c.ids) {
    const p = (message) => problems.push(`${c.id} → <${id}> via src: ${message}`);
    const observed = result[id];
    checkLogs(p, id, observed, {
      errors: view.valid ? 0 : 1,
      loads: view.valid ? 1 : 0,
      warnings: +(view.droppedTotal > 0) + +!view.valid,
      warningText: [...(view.droppedTotal > 0 ? ['unsafe link', c.expect.dropped[0]] : []), ...(view.valid ? [] : ['Showing the bundled data'])],
      src: c.src,
    });
    checkView(p, id, observed, view);
    checkScan(p, observed.view.scan, allowedTags);
  }
  return problems;
}

/** Page-wide state after a case against the state before any. */
export function checkGlobals(label, now, before) {
  const problems = [];
  const p = (message) => problems.push(`${label}: ${message}`);
  if (now.canary !== 0) p(`the canary is ${short(now.canary)}: something from the data ran`);
  if (now.objectProto !== before.objectProto || now.polluted !== undefined) p('Object.prototype changed');
  if (now.arrayProto !== before.arrayProto) p('Array.prototype changed');
  if (now.location !== before.location) p(`the page navigated to ${now.location}`);
  if (now.bodyChildren !== before.bodyChildren || now.headChildren !== before.headChildren) p('the document outside the elements changed');
  return problems;
}

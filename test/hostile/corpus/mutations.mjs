/**
 * Mutations of a schema-valid dataset, one rule broken (or one hostile thing added) at a time, each stating what
 * the gate must do: `{ valid: true }` (the data stays usable: the copy is predicted by oracle.mjs) or
 * `{ valid: false, errorPath }` (the input is rejected and an error names exactly that path).
 * `pick(n)` is a deterministic choice in [0, n) supplied by fast-check, so every case reproduces from the seed.
 */
import { schemaWalk } from './schema-arbitrary.mjs';
import { MARKUP_PAYLOADS, PROTO_KEYS, PROTOTYPE_NAMES, SAFE_DATA_URLS, UNSAFE_URLS, pollution } from './payloads.mjs';

const BLANKS = ['', ' ', '\t\n', '\u00a0', '\u2003\u3000', '\ufeff', '\r\n \u2028'];

/** The records array (the input itself, or its `clusters`), with at least one record in it. */
function records(input) {
  const list = Array.isArray(input) ? input : input.clusters;
  if (list.length === 0) list.push({ id: 'added-record', name: 'Added record' });
  return list;
}
const recordsPath = (input) => (Array.isArray(input) ? '' : '/clusters');

function uniqueId(list, wanted) {
  const taken = new Set(list.map((record) => record.id));
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted} ${n}`;
  return id;
}

/** Entries of the walk that `test` accepts; at least one is guaranteed by `fallback` (which may add to the input). */
function choose(input, pick, test, fallback) {
  let entries = schemaWalk(input).filter(test);
  if (entries.length === 0) {
    fallback();
    entries = schemaWalk(input).filter(test);
  }
  return entries[pick(entries.length)];
}

const isText = (entry) => entry.node.type === 'string' && !entry.url && !entry.node.enum && typeof entry.value === 'string';
const isId = (entry) => entry.key === 'id' && /^(\/clusters)?\/\d+$/.test(entry.path.slice(0, entry.path.lastIndexOf('/')));

/** Sets a string field, keeping cluster ids unique. */
function setText(input, entry, text) {
  if (isId(entry)) text = uniqueId(records(input), text);
  entry.parent[entry.key] = text;
}

function addWebsite(input, pick, url) {
  const list = records(input);
  const index = pick(list.length);
  list[index].website = url;
  return `${recordsPath(input)}/${index}/website`;
}

/** A value of another type than `node` allows (never null where null is allowed). */
function wrongValueFor(entry, pick) {
  const { node, nullable, value } = entry;
  const nullIfAllowed = nullable ? [] : [null];
  if (node.enum || 'const' in node) {
    const near = typeof value === 'string' ? [value.toUpperCase() === value ? value.toLowerCase() : value.toUpperCase(), `${value} `, 'DK-99'] : [2, '1'];
    return [...near, 42, ...nullIfAllowed][pick(near.length + 1 + nullIfAllowed.length)];
  }
  const byType = {
    string: [42, true, ['a'], { da: 'a', en: 'b' }],
    number: ['55.4', true, [55.4], {}],
    boolean: ['false', 0, 1, []],
    array: ['a, b', { 0: 'a', length: 1 }, 42],
    object: ['object', [], 42, true],
  }[node.type];
  const options = [...byType, ...nullIfAllowed];
  return options[pick(options.length)];
}

/** The mutations by kind. Each returns `{ input, expect }`; `input` may be a new root value. */
export const MUTATIONS = {
  /** A markup/script/template payload replaces a text field (ids stay unique). */
  'markup-payload'(input, pick) {
    const entry = choose(input, pick, isText, () => records(input));
    setText(input, entry, MARKUP_PAYLOADS[pick(MARKUP_PAYLOADS.length)]);
    return { input, expect: { valid: true } };
  },

  /** Object.prototype member names as ids, names, cities and areas. */
  'prototype-name'(input, pick) {
    const entry = choose(input, pick, (e) => isText(e) && ['id', 'name', 'city', 'area'].includes(e.key), () => {
      const list = records(input);
      list[0].locations = [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' }];
    });
    setText(input, entry, PROTOTYPE_NAMES[pick(PROTOTYPE_NAMES.length)]);
    return { input, expect: { valid: true } };
  },

  /** An unsafe or obfuscated URL in a URL field: dropped with a warning, the data stays valid. */
  'unsafe-url'(input, pick) {
    const url = UNSAFE_URLS[pick(UNSAFE_URLS.length)];
    const entries = schemaWalk(input).filter((e) => e.url && typeof e.value === 'string');
    let path;
    if (entries.length > 0 && pick(2) === 0) {
      const entry = entries[pick(entries.length)];
      entry.parent[entry.key] = url;
      path = entry.path;
    } else {
      path = addWebsite(input, pick, url);
    }
    return { input, expect: { valid: true, dropped: [path] } };
  },

  /** An odd but absolute https:/http:/mailto: URL: kept (as a link, never fetched). */
  'odd-safe-url'(input, pick) {
    addWebsite(input, pick, SAFE_DATA_URLS[pick(SAFE_DATA_URLS.length)]);
    return { input, expect: { valid: true, dropped: [] } };
  },

  /** `__proto__`, `constructor` or `prototype` keys holding would-be pollution, on any object: ignored. */
  'proto-keys'(input, pick) {
    records(input);
    const objects = schemaWalk(input).filter((e) => e.value && typeof e.value === 'object' && !Array.isArray(e.value));
    const target = objects.length > 0 ? objects[pick(objects.length)].value : records(input)[0];
    const key = PROTO_KEYS[pick(PROTO_KEYS.length)];
    Object.defineProperty(target, key, { value: pollution(`${key}-${pick(1000)}`), enumerable: true, writable: true, configurable: true });
    return { input, expect: { valid: true } };
  },

  /** Unknown fields (with payload names and values) anywhere: ignored. */
  'unknown-fields'(input, pick) {
    records(input);
    const objects = schemaWalk(input).filter((e) => e.value && typeof e.value === 'object' && !Array.isArray(e.value));
    for (let n = 0; n < 3; n++) {
      const target = objects[pick(objects.length)].value;
      const payload = MARKUP_PAYLOADS[pick(MARKUP_PAYLOADS.length)];
      target[`${payload}-${n}`] = [payload, { href: 'javascript:__canary++', src: 'https://evil.example/x.js' }, 1e308, null];
    }
    return { input, expect: { valid: true } };
  },

  /** Deeply nested arrays and objects in an unknown field: never read. */
  'deep-nesting'(input, pick) {
    const depth = 100 + pick(1900);
    let nested = {};
    for (let n = 0; n < depth; n++) nested = n % 2 ? { a: nested } : [nested];
    records(input)[0].extra = nested;
    return { input, expect: { valid: true } };
  },

  /** A long text (20–60 kB of payload) in a text field (the 1 MB ones are hand-written: each costs seconds of layout). */
  'long-string'(input, pick) {
    const entry = choose(input, pick, isText, () => records(input));
    const payload = MARKUP_PAYLOADS[pick(MARKUP_PAYLOADS.length)];
    setText(input, entry, payload.repeat(Math.ceil((20_000 + pick(40_000)) / payload.length)));
    return { input, expect: { valid: true } };
  },

  /** Null where the schema allows it (area, region, website, founded). */
  'nulls'(input, pick) {
    const list = records(input);
    const record = list[pick(list.length)];
    for (const key of ['area', 'region', 'website', 'founded']) if (pick(3) > 0) record[key] = null;
    return { input, expect: { valid: true } };
  },

  /** A value of the wrong type anywhere, the root included: rejected at that path. */
  'wrong-type'(input, pick) {
    records(input);
    const entries = schemaWalk(input);
    const entry = entries[pick(entries.length)];
    // The root: neither a dataset object nor an array (null and undefined there mean "no data" to an element).
    if (entry.path === '') return { input: ['object', 42, true][pick(3)], expect: { valid: false, errorPath: '' } };
    entry.parent[entry.key] = wrongValueFor(entry, pick);
    return { input, expect: { valid: false, errorPath: entry.path } };
  },

  /** A required field left out (id, name, city, lat, lon, role, state, da, en, date, title, sources, clusters). */
  'missing-required'(input, pick) {
    records(input);
    const entry = choose(
      input,
      pick,
      (e) => e.node.type === 'object' && e.value && !Array.isArray(e.value) && (e.node.required ?? []).length > 0,
      () => {},
    );
    const present = entry.node.required.filter((key) => Object.hasOwn(entry.value, key));
    const key = present[pick(present.length)];
    delete entry.value[key];
    return { input, expect: { valid: false, errorPath: `${entry.path}/${key}` } };
  },

  /** An empty or white-space-only id or name: rejected. */
  'blank-required'(input, pick) {
    const entry = choose(input, pick, (e) => e.node.pattern !== undefined && typeof e.value === 'string', () => records(input));
    entry.parent[entry.key] = BLANKS[pick(BLANKS.length)];
    return { input, expect: { valid: false, errorPath: entry.path } };
  },

  /** Two records with the same id: the later one is rejected. */
  'duplicate-id'(input, pick) {
    const list = records(input);
    if (list.length < 2) list.push({ id: `${list[0].id} copy`, name: 'Copy' });
    const later = 1 + pick(list.length - 1);
    list[later].id = list[pick(later)].id;
    return { input, expect: { valid: false, errorPath: `${recordsPath(input)}/${later}/id` } };
  },

  /** A latitude or longitude outside its range: rejected. */
  'out-of-range'(input, pick) {
    const entry = choose(input, pick, (e) => e.node.type === 'number', () => {
      records(input)[0].locations = [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' }];
    });
    const bad = entry.key === 'lat' ? [90.000001, -90.5, 1e300, -1e300] : [180.0001, -181, 1e300, -1e300];
    entry.parent[entry.key] = bad[pick(bad.length)];
    return { input, expect: { valid: false, errorPath: entry.path } };
  },
};

export const MUTATION_KINDS = Object.keys(MUTATIONS);

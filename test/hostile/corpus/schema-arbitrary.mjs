/**
 * fast-check arbitraries read off `src/data/clusters.schema.json`, so the generated datasets follow the schema as it
 * is today (a new field or enum value there is generated here without a change). The schema cannot say three
 * things, which are added by name: URL fields hold absolute https:/http:/mailto: URLs (the schema types them as
 * plain strings), cluster ids are unique, and arrays stay short (the schema allows up to 1,000,000 records).
 * Also exports `schemaWalk`, which pairs every value of a dataset with the schema node that governs it (and says
 * whether it is a URL field): the mutations use it to break exactly one rule.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { MARKUP_PAYLOADS, SAFE_DATA_URLS } from './payloads.mjs';
import { unicodeString } from './unicode.mjs';

export const schema = JSON.parse(readFileSync(new URL('../../../src/data/clusters.schema.json', import.meta.url), 'utf8'));

/** `{ $ref: '#/$defs/x', title… }` → the node of `x` (and its name), repeatedly. */
export function resolve(node) {
  let name;
  while (node.$ref) {
    name = node.$ref.replace('#/$defs/', '');
    node = schema.$defs[name];
  }
  return { node, name };
}

/** Where the schema says "string" but the library reads a URL. */
const URL_DEFS = new Set(['urlList']);
const URL_PROPERTIES = new Set(['website']);

// ---------------------------------------------------------------------------------------------------------------
// Leaves

/** Text of every kind: ordinary words, any Unicode, markup payloads, and now and then a long one. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: unicodeString(16) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP_PAYLOADS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MARKUP_PAYLOADS), fc.integer({ min: 5, max: 40 })).map(([p, n]) => p.repeat(n)) },
);
const nonEmptyText = anyText.filter((text) => /\S/u.test(text));

/** Host names (fc.webUrl would do, but building it costs two seconds). */
const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), minLength: 1, maxLength: 10 })
  .filter((text) => !text.startsWith('-') && !text.endsWith('-'));
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('dk', 'com', 'example', 'eu')).map(([labels, tld]) => [...labels, tld].join('.'));
/** Anything after the host, markup included: the URL parser percent-encodes it, the gate keeps the text as given. */
const rest = fc.oneof(fc.constant(''), fc.string({ maxLength: 16 }).map((text) => `/${text}`), fc.constantFrom(...MARKUP_PAYLOADS).map((payload) => `/?q=${payload}#${payload}`));

const safeUrl = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://'), host, rest).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(label, host).map(([user, domain]) => `mailto:${user}@${domain}`) },
  { weight: 1, arbitrary: fc.constantFrom(...SAFE_DATA_URLS) },
).filter((url) => {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
});

/** Coordinates: mostly inside Denmark's box (placed on the map), sometimes anywhere on Earth (listed under it). */
function coordinate(min, max) {
  const denmark = min === -90 ? { min: 54.5, max: 57.8 } : { min: 8.0, max: 15.2 };
  return fc.oneof(
    { weight: 3, arbitrary: fc.double({ ...denmark, noNaN: true }) },
    { weight: 1, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The schema, node by node

const MAX_ITEMS = 4;

function arbitraryFor(rawNode, context = {}) {
  const { node, name } = resolve(rawNode);
  const url = context.url || URL_DEFS.has(name);
  if (name === 'clusterList') {
    return fc.uniqueArray(arbitraryFor(schema.$defs.cluster), { selector: (c) => c.id, minLength: 0, maxLength: 6 });
  }
  if (node.anyOf) return fc.oneof(...node.anyOf.map((option) => arbitraryFor(option, { url })));
  if ('const' in node) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  switch (node.type) {
    case 'string':
      if (url) return safeUrl;
      return node.pattern ? nonEmptyText : anyText;
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return coordinate(node.minimum ?? -1e6, node.maximum ?? 1e6);
    case 'array':
      return fc.array(arbitraryFor(node.items, { url }), { maxLength: Math.min(node.maxItems ?? MAX_ITEMS, MAX_ITEMS) });
    case 'object': {
      const model = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        model[key] = arbitraryFor(child, { url: URL_PROPERTIES.has(key) });
      }
      return fc.record(model, { requiredKeys: node.required ?? [] });
    }
    default:
      throw new Error(`schema-arbitrary: no arbitrary for ${JSON.stringify(rawNode)}`);
  }
}

/** A dataset object or a bare array of clusters, valid by the schema and by the library's extra rules. */
export const datasetArbitrary = arbitraryFor(schema);

// ---------------------------------------------------------------------------------------------------------------
// Pairing values with their schema nodes

/**
 * Every value in `value` with the schema node that governs it: `{ path, value, node, url, parent, key }`, where
 * `node` is resolved (a `$ref` followed; `anyOf` of a type and null kept as `nullable`). Unknown fields are skipped.
 */
export function schemaWalk(value) {
  const out = [];
  const visit = (val, rawNode, path, parent, key, url) => {
    const { node, name } = resolve(rawNode);
    const isUrl = url || URL_DEFS.has(name);
    let effective = node;
    let nullable = false;
    if (node.anyOf) {
      const options = node.anyOf.map((option) => resolve(option).node);
      nullable = options.some((option) => option.type === 'null');
      const nonNull = options.filter((option) => option.type !== 'null');
      // The root is "dataset or clusterList": take the one the value is.
      effective = nonNull.find((option) => (Array.isArray(val) ? option.type === 'array' : option.type !== 'array')) ?? nonNull[0];
      if (effective.$ref) effective = resolve(effective).node;
    }
    if (node.enum?.includes(null)) nullable = true;
    out.push({ path, value: val, node: effective, nullable, url: isUrl, parent, key, defName: name });
    if (val === null || typeof val !== 'object') return;
    if (Array.isArray(val) && effective.type === 'array') {
      val.forEach((item, index) => visit(item, effective.items, `${path}/${index}`, val, index, isUrl));
    } else if (!Array.isArray(val) && effective.type === 'object') {
      for (const [childKey, child] of Object.entries(effective.properties ?? {})) {
        if (Object.hasOwn(val, childKey)) visit(val[childKey], child, `${path}/${childKey}`, val, childKey, URL_PROPERTIES.has(childKey));
      }
    }
  };
  visit(value, schema, '', undefined, undefined, false);
  return out;
}

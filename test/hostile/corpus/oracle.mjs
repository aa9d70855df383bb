/**
 * What the gate must make of an input the corpus knows to be valid, stated independently of src/data/validate.ts:
 * only the schema's fields are copied (own properties only; unknown keys, `__proto__` and `constructor` keys are
 * left behind), URL fields are trimmed and kept only when they are absolute https:, http: or mailto: URLs (a
 * dropped `website` is left out, a dropped list entry removed, each one named by its path), an active status
 * keeps no `since`, and a bare array becomes `{ version: 1, clusters }`.
 */
import { resolve, schema } from './schema-arbitrary.mjs';

const SAFE = new Set(['https:', 'http:', 'mailto:']);

/** Whether a URL field keeps this string (after trimming), by the WHATWG parser the browser uses for `href`. */
export function isSafeUrl(text) {
  try {
    return SAFE.has(new URL(text.trim()).protocol);
  } catch {
    return false;
  }
}

/** `{ clean, dropped }` for a valid input: the expected deep copy and the paths of the URLs it drops. */
export function expectedClean(input) {
  const dropped = [];
  const DROP = Symbol('drop');
  const copy = (value, rawNode, path, url) => {
    const { node, name } = resolve(rawNode);
    const isUrl = url || name === 'urlList';
    if (value === null) return null;
    if (typeof value === 'string') {
      if (!isUrl) return value;
      if (isSafeUrl(value)) return value.trim();
      dropped.push(path);
      return DROP;
    }
    if (typeof value !== 'object') return value;
    const options = node.anyOf ? node.anyOf.map((option) => resolve(option).node) : [node];
    const effective = options.find((option) => (Array.isArray(value) ? option.type === 'array' : option.type === 'object'));
    if (Array.isArray(value)) {
      return value.map((item, index) => copy(item, effective.items, `${path}/${index}`, isUrl)).filter((item) => item !== DROP);
    }
    const out = {};
    for (const [key, child] of Object.entries(effective.properties ?? {})) {
      if (!Object.hasOwn(value, key)) continue;
      const clean = copy(value[key], child, `${path}/${key}`, key === 'website');
      if (clean !== DROP) out[key] = clean;
    }
    if (out.state === 'active') delete out.since;
    return out;
  };
  const root = copy(input, schema, '', false);
  const clean = Array.isArray(root) ? { version: 1, clusters: root } : { ...root, version: 1 };
  return { clean, dropped };
}

/** The head office of a record (a `head-office` location, else a `planned-head-office` one), as DESIGN.md says. */
export function headOffice(record) {
  const locations = record.locations ?? [];
  return locations.find((l) => l.role === 'head-office') ?? locations.find((l) => l.role === 'planned-head-office');
}

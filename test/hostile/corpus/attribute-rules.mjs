/**
 * What every documented attribute accepts, stated from DESIGN.md and src/internal/attribute-values.ts: for a raw
 * attribute value, `classify` says whether it is absent (the default, no warning), valid (and the canonical value
 * whose rendering it must equal), invalid (the default, one console warning per element and `warnKey` — the value
 * after Lit's attribute conversion, as attribute-values.ts keys its warnings), or one of the kinds with their own
 * rule: free text, a language, a boolean, a cluster id on the card (a data matter: "not found" and one
 * `cluster-data-error`, no warning), a `src` URL (a request; failure is one `cluster-data-error`, one warning and
 * the bundled data) and `timeout` (checked with a working `src`: an invalid value must leave the 10 s default).
 * Each rule also lists valid values to recover with and near misses to try.
 */
import { readFileSync } from 'node:fs';

const bundled = JSON.parse(readFileSync(new URL('../../../src/data/clusters.json', import.meta.url), 'utf8'));
export const CLUSTER_IDS = bundled.clusters.map((c) => c.id);
export const AREA_IDS = [...new Set([...bundled.strengthAreas.map((a) => a.id), ...bundled.clusters.map((c) => c.area)])];
const REGIONS = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'];
const TOKENS = ['search', 'area', 'region', 'status', 'sort'];
const TOPICS = ['what-is-a-cluster', 'central-role', 'cluster-organisation', 'history'];
/** The working partner file the `src` and `timeout` rules use (served by the test). */
export const PARTNER_SRC = '/src/attribute-partner';

const absent = { kind: 'absent' };
const valid = (canonical) => ({ kind: 'valid', canonical });
const invalid = (warnKey) => ({ kind: 'invalid', warnKey });

function enumRule(allowed, near) {
  return {
    classify: (raw) => (raw === '' ? absent : allowed.includes(raw) ? valid(raw) : invalid(raw)),
    valid: allowed,
    near,
  };
}

/** Lit's Number converter (`Number(value)`), then an integer range. */
function integerRule(min, max, validValues, near) {
  return {
    classify: (raw) => {
      const n = Number(raw);
      return Number.isInteger(n) && n >= min && n <= max ? valid(String(n)) : invalid(String(n));
    },
    valid: validValues,
    near,
  };
}

const idRule = (ids, validValues, near) => ({
  classify: (raw) => (raw === '' ? absent : ids.includes(raw) ? valid(raw) : invalid(raw)),
  valid: validValues,
  near,
});

const RULES = {
  theme: () => enumRule(['light', 'dark', 'auto'], ['Dark', ' light', 'light ', 'dark mode', 'none', 'inherit', 'system']),
  'heading-level': () =>
    integerRule(1, 6, ['1', '4', '6'], ['0', '7', '-1', '2.5', ' 3', '3px', 'h2', '1e0', '0x2', 'Infinity', 'NaN', '']),
  lang: () => ({
    // The element's own lang, else the page's (en here); `da`/`da-*` is Danish, anything else English; never a warning.
    classify: (raw) => {
      if (raw === '') return { kind: 'language', canonical: 'inherit' };
      const tag = raw.trim().toLowerCase();
      return { kind: 'language', canonical: tag === '' || tag === 'da' || tag.startsWith('da-') ? 'da' : 'en' };
    },
    valid: ['da', 'en', 'da-DK'],
    near: ['en-GB', ' da', 'DA', 'da-DK', 'dan', 'de', 'x', '', 'nb', 'da_DK'],
  }),
  variant: () => enumRule(['full', 'compact'], ['Full', 'compact ', 'mini', 'FULL']),
  layout: (tag) =>
    tag === 'cluster-timeline'
      ? enumRule(['vertical', 'horizontal'], ['Horizontal', 'row', 'vertical '])
      : enumRule(['grid', 'list'], ['Grid', 'table', ' list']),
  status: () => enumRule(['all', 'active', 'ceased'], ['Active', 'all ', 'inactive', 'ceased,active']),
  sort: () => enumRule(['name', 'area', 'region'], ['Name', 'date', 'name desc', '-name']),
  region: () => enumRule(REGIONS, ['dk-83', 'DK-86', 'DK83', 'Region Syddanmark', 'DK-83 ']),
  topic: () => enumRule(TOPICS, ['history ', 'History', 'what is a cluster', 'all']),
  area: () => idRule(AREA_IDS, ['robotics', 'digital', 'maritime-logistics'], ['Robotics', 'robotics ', 'food', '__proto__', 'constructor', 'toString']),
  selected: () => idRule(CLUSTER_IDS, ['odense-robotics', 'clean', 'marlog'], ['Odense-Robotics', ' clean', '__proto__', 'constructor', 'toString']),
  limit: () =>
    integerRule(1, Number.MAX_SAFE_INTEGER, ['1', '3', '14'], ['0', '-3', '2.5', 'ten', '1e2', ' 4', '', 'Infinity', '9007199254740993']),
  controls: () => ({
    classify: (raw) => {
      const tokens = raw.trim().split(/\s+/).filter(Boolean);
      if (tokens.length === 1 && tokens[0] === 'none') return valid('none');
      if (tokens.length > 0 && tokens.every((token) => TOKENS.includes(token))) return valid([...new Set(tokens)].sort().join(' '));
      return invalid(raw);
    },
    valid: ['search', 'none', 'area region', ' sort\tstatus\nsearch '],
    near: ['Search', 'search,area', 'none search', 'filters', '', ' ', 'none none'],
  }),
  query: () => ({
    classify: () => ({ kind: 'free' }),
    valid: ['Odense'],
    near: ['<script>__canary++</script>', '.*', '(', 'Sonderborg', 'ø', '__proto__', ''],
  }),
  'sync-url': () => ({ classify: () => ({ kind: 'boolean' }), valid: [''], near: ['false', '0', 'no', '', 'sync-url'] }),
  'shade-regions': () => ({ classify: () => ({ kind: 'boolean' }), valid: [''], near: ['false', '0', 'no', '', 'off'] }),
  cluster: () => ({
    classify: (raw) => (raw === '' ? absent : CLUSTER_IDS.includes(raw) ? valid(raw) : { kind: 'not-found' }),
    valid: ['odense-robotics', 'marlog', 'censec'],
    near: ['Odense-Robotics', ' clean', '__proto__', 'constructor', '<img src=x onerror=__canary++>'],
  }),
  src: () => ({
    // As the URL parser reads it: C0 controls and spaces around it and tabs and newlines inside do not count.
    classify: (raw) => {
      if (raw === '') return absent;
      let url = raw.replace(/[\t\n\r]/g, '');
      while (url !== '' && url.charCodeAt(0) <= 0x20) url = url.slice(1);
      while (url !== '' && url.charCodeAt(url.length - 1) <= 0x20) url = url.slice(0, -1);
      return url === PARTNER_SRC ? valid('partner') : { kind: 'failing-src' };
    },
    valid: [PARTNER_SRC],
    near: ['javascript:__canary++', 'data:application/json,[', '//evil.example/x.json', '/src/not-found', ' ', 'https://evil.example/data.json', 'data:application/json,null'],
  }),
  timeout: () => ({
    ...integerRule(1, 2 ** 31 - 1, ['5000', '60000', '2147483647'], ['abc', '-1', '0', '1e10', 'Infinity', '2.5', '', ' 5000', '1e4', '0x1388']),
    // Valid values below 2 s could lose the race against the partner file on a busy machine: never generated.
    acceptsRandom: (raw) => !(Number.isInteger(Number(raw)) && Number(raw) >= 1 && Number(raw) < 2000),
  }),
};

/** The rule of `attribute` on `tag`; throws for an attribute nobody has written a rule for. */
export function ruleFor(tag, attribute) {
  const make = RULES[attribute];
  if (!make) throw new Error(`no fuzzing rule for <${tag} ${attribute}>: add one to test/hostile/corpus/attribute-rules.mjs`);
  return make(tag);
}

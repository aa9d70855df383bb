/**
 * The hand-written half of the bad-data corpus: the inputs a fuzzer is unlikely to find. Each case has a kind (the
 * counts are printed by kind), its channels (`clusters` = the elements' `clusters` property and the card's `data`
 * property; `data` = the functions of `danish-clusters/data`; `src` = a response of src-responses.mjs), its input
 * (JSON text, or for things JSON cannot hold — cycles, proxies, getters, functions — a JavaScript expression the
 * page evaluates) and what must happen. A valid JSON case's exact clean copy comes from oracle.mjs; JavaScript
 * cases state theirs.
 */
import { expectedClean } from './oracle.mjs';
import { MARKUP_PAYLOADS, PROTOTYPE_NAMES, SAFE_DATA_URLS, UNSAFE_URLS, pollution } from './payloads.mjs';
import { SRC_RESPONSES } from './src-responses.mjs';

const CHANNELS = ['clusters', 'data'];
const office = (city) => [{ city, lat: 55.4, lon: 10.39, role: 'head-office' }];
const MB = 1 << 20;

/** A case from a JSON-able value (or raw JSON text), expectation completed by the oracle when valid. */
function jsonCase(kind, name, value, expect) {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  const full = expect.valid ? { ...expectedClean(JSON.parse(json)), valid: true } : { dropped: [], ...expect };
  if (expect.valid && expect.dropped && JSON.stringify(expect.dropped) !== JSON.stringify(full.dropped)) {
    throw new Error(`corpus bug in "${name}": the oracle drops ${JSON.stringify(full.dropped)}`);
  }
  return { id: `hand-written: ${name}`, origin: 'hand-written', kind, channels: CHANNELS, json, expect: full };
}

/** A case the page builds from JavaScript; `expect` is complete (`clean`, `dropped`, `record`…). */
function jsCase(kind, name, js, expect, channels = CHANNELS) {
  return { id: `hand-written: ${name}`, origin: 'hand-written', kind, channels, js, expect: { dropped: [], ...expect } };
}

function everyFieldPayload() {
  const p = (n) => MARKUP_PAYLOADS[n % MARKUP_PAYLOADS.length];
  return {
    version: 1,
    asOf: p(0),
    clusters: [
      {
        id: p(1),
        name: p(2),
        area: p(3),
        region: 'DK-83',
        locations: [{ city: p(4), lat: 55.4, lon: 10.39, role: 'head-office' }, { city: p(5), lat: 56, lon: 9, role: 'hub' }],
        website: 'https://evil.example/site',
        websiteLive: true,
        founded: p(6),
        predecessors: [p(7), p(8)],
        status: { state: 'ceased', since: p(9) },
        programmes: { '2021-2024': 'appointed', '2025-2028': 'conflicting' },
        description: { da: p(10), en: p(11) },
        focus: { da: [p(12), p(13)], en: [p(14)] },
        sources: ['https://evil.example/a', 'mailto:x@evil.example'],
        uncertain: [p(15), 'locations', 'website', 'area', 'founded', 'status', 'programmes'],
      },
    ],
    strengthAreas: [{ id: p(3), name: { da: p(16), en: p(17) } }],
    regions: [{ id: 'DK-83', name: { da: p(18), en: p(19) } }],
    milestones: [{ date: p(20), title: { da: p(21), en: p(22) }, sources: ['https://evil.example/m'] }],
  };
}

const nested = (open, close, depth, inner = '') => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

function clusterCases() {
  const cases = [];
  const add = (...list) => cases.push(...list);

  add(jsonCase('markup in every string field', 'every field of one record', everyFieldPayload(), { valid: true }));
  add(
    jsonCase(
      'markup in every string field',
      'one record per payload',
      MARKUP_PAYLOADS.map((payload, index) => ({
        id: `payload-${index}`,
        name: payload,
        locations: office(payload),
        description: { da: payload, en: payload },
        focus: { da: [payload], en: [payload] },
      })),
      { valid: true },
    ),
  );

  for (const url of UNSAFE_URLS) {
    add(
      jsonCase(
        'unsafe or obfuscated URL',
        `URL ${JSON.stringify(url)}`,
        {
          clusters: [{ id: 'u', name: 'URL case', website: url, sources: [url, 'https://ok.example/'] }],
          milestones: [{ date: '2020', title: { da: 'a', en: 'b' }, sources: [url] }],
        },
        { valid: true, dropped: ['/clusters/0/website', '/clusters/0/sources/0', '/milestones/0/sources/0'] },
      ),
    );
  }
  add(jsonCase('odd but safe URL', 'https/http/mailto links to evil.example', SAFE_DATA_URLS.map((url, i) => ({ id: `s${i}`, name: `Safe ${i}`, website: url, sources: SAFE_DATA_URLS })), { valid: true, dropped: [] }));

  const proto = JSON.stringify(pollution('json'));
  add(
    jsonCase('__proto__/constructor keys', 'at the root', `{"__proto__":${proto},"constructor":{"prototype":${proto}},"prototype":${proto},"clusters":[{"id":"a","name":"A"}]}`, { valid: true }),
    jsonCase('__proto__/constructor keys', 'in a record', `[{"__proto__":${proto},"id":"a","name":"A","constructor":{"prototype":${proto}},"prototype":${proto}}]`, { valid: true }),
    jsonCase(
      '__proto__/constructor keys',
      'in nested objects',
      `[{"id":"a","name":"A","locations":[{"__proto__":${proto},"city":"Odense","lat":55.4,"lon":10.39,"role":"head-office"}],"status":{"__proto__":{"state":"ceased"},"state":"active"},"description":{"__proto__":${proto},"da":"d","en":"e"},"focus":{"constructor":{"prototype":${proto}},"da":[],"en":[]},"programmes":{"__proto__":{"2025-2028":"confirmed"}}}]`,
      { valid: true },
    ),
    jsonCase('__proto__/constructor keys', 'as the only content of a record', `[{"__proto__":{"id":"a","name":"A"}}]`, { valid: false, errorPath: '/0/id' }),
  );

  for (const word of PROTOTYPE_NAMES) {
    add(jsonCase('Object.prototype names as text', `"${word}" as id, name, city and area`, [{ id: word, name: word, area: word, region: 'DK-83', locations: office(word) }], { valid: true }));
  }

  add(
    jsonCase('1 MB strings', '1 MB name', [{ id: 'mb', name: '<img src=x onerror=__canary++> '.repeat(MB / 32), locations: office('Odense') }], { valid: true }),
    jsonCase(
      '1 MB strings',
      '1 MB id, description and website, 100 kB city and focus',
      [{ id: 'i'.repeat(MB), name: 'Big', locations: office('<svg onload=__canary++> '.repeat(4000)), website: `https://evil.example/${'a'.repeat(MB)}`, description: { da: '<script>__canary++</script> '.repeat(MB / 28), en: 'x' }, focus: { da: ['f '.repeat(50_000)], en: [] } }],
      { valid: true },
    ),
  );
  // Laying out a megabyte of text takes the browser about a second per place it shows; the explorer (which shows
  // it twice more, with the same render functions as the list and the card) sits these two out.
  for (const c of cases.slice(-2)) c.skipExplorer = true;

  add(
    jsonCase('deep nesting', '10,000 levels in an unknown field', `[{"id":"deep","name":"Deep","extra":${nested('[{"a":', '}]', 10_000, '0')}}]`, { valid: true }),
    jsonCase('deep nesting', '10,000 levels as the description', `[{"id":"deep","name":"Deep","description":${nested('[', ']', 10_000)}}]`, { valid: false, errorPath: '/0/description' }),
    jsonCase('deep nesting', '10,000 levels as the input', nested('[', ']', 10_000), { valid: false, errorPath: '/0' }),
    jsonCase('deep nesting', '10,000 objects as the description', `[{"id":"deep","name":"Deep","description":${nested('{"da":', '}', 10_000, '"x"')}}]`, { valid: false, errorPath: '/0/description/da' }),
  );

  for (const [name, json, errorPath] of [
    ['a number', '42', ''],
    ['a string', '"clusters"', ''],
    ['true', 'true', ''],
    ['an empty object', '{}', '/clusters'],
    ['clusters as an object', '{"clusters":{"0":{"id":"a","name":"A"},"length":1}}', '/clusters'],
    ['clusters as null', '{"clusters":null}', '/clusters'],
    ['a null record', '[null]', '/0'],
    ['an array record', '[[]]', '/0'],
    ['a number record', '[1]', '/0'],
    ['fields as strings', '[{"id":"a","name":"A","locations":"Odense","status":"active","focus":"x"}]', '/0/locations'],
    ['numbers as strings', '[{"id":"a","name":"A","locations":[{"city":"Odense","lat":"55.4","lon":"10.39","role":"hub"}]}]', '/0/locations/0/lat'],
    ['id as a number', '[{"id":7,"name":"Seven"}]', '/0/id'],
    ['version 2', '{"version":2,"clusters":[]}', '/version'],
    ['version "1"', '{"version":"1","clusters":[]}', '/version'],
  ]) {
    add(jsonCase('wrong types', name, json, { valid: false, errorPath }));
  }
  for (const [name, js, errorPath] of [
    ['a function', '(() => () => { window.__canary++; })()', ''],
    ['a symbol', 'Symbol("clusters")', ''],
    ['a bigint', '10n', ''],
    ['a Date', 'new Date(0)', '/clusters'],
    ['a Map of clusters', 'new Map([["clusters", [{ id: "a", name: "A" }]]])', '/clusters'],
    ['a typed array', 'new Uint8Array(4)', '/clusters'],
  ]) {
    add(jsCase('wrong types', name, js, { valid: false, errorPath, record: 'none' }));
  }

  add(
    jsonCase('duplicate ids', 'two records, one id', [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }], { valid: false, errorPath: '/1/id' }),
    jsonCase('duplicate ids', 'the 101st repeats the first', { clusters: [...Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, name: `R ${i}` })), { id: 'r0', name: 'again', website: 'javascript:__canary++' }] }, { valid: false, errorPath: '/clusters/100/id', dropped: ['/clusters/100/website'] }),
    jsonCase('duplicate ids', 'ids that only look alike are distinct', [{ id: 'Odense', name: 'Upper' }, { id: 'odense', name: 'Lower' }, { id: ' odense', name: 'Space' }, { id: 'å', name: 'Composed' }, { id: 'a\u030a', name: 'Decomposed' }], { valid: true }),
  );

  const record = { id: 'a', name: 'A' };
  const clean = { version: 1, clusters: [record] };
  add(
    jsCase('hostile objects', 'a cycle in an unknown field', '(() => { const d = { clusters: [{ id: "a", name: "A" }] }; d.self = d; d.clusters[0].self = d.clusters; return d; })()', { valid: true, clean, record: 'valid' }),
    jsCase('hostile objects', 'a cycle in a known field', '(() => { const d = { clusters: [{ id: "a", name: "A" }] }; d.clusters[0].locations = d.clusters; return d; })()', { valid: false, errorPath: '/clusters/0/locations/0/city', record: 'invalid' }),
    jsCase('hostile objects', 'a getter that throws', '[{ id: "a", get name() { throw new Error("boom"); } }]', { valid: false, errorPath: '/0/name', record: 'invalid' }),
    jsCase('hostile objects', 'a getter on an unknown field', '[{ id: "a", name: "A", get extra() { window.__canary++; return 1; } }]', { valid: true, clean, record: 'valid' }),
    jsCase(
      'hostile objects',
      'objects with hostile toString, valueOf, toJSON and Symbol.toPrimitive',
      '(() => { const evil = { toString() { window.__canary++; return "x"; }, valueOf() { window.__canary++; return 1; }, toJSON() { window.__canary++; return "x"; }, [Symbol.toPrimitive]() { window.__canary++; return "x"; } }; return [{ id: evil, name: evil, website: evil }]; })()',
      { valid: false, errorPath: '/0/id', record: 'invalid' },
    ),
    jsCase('hostile objects', 'a Proxy whose traps throw', 'new Proxy({}, { get() { throw new Error("get"); }, has() { throw new Error("has"); }, ownKeys() { throw new Error("keys"); }, getOwnPropertyDescriptor() { throw new Error("descriptor"); }, getPrototypeOf() { throw new Error("proto"); } })', { valid: false, errorPath: null, record: 'none' }),
    jsCase('hostile objects', 'a revoked Proxy', '(() => { const r = Proxy.revocable([], {}); r.revoke(); return r.proxy; })()', { valid: false, errorPath: null, record: 'none' }),
    jsCase('hostile objects', 'a Proxy record whose traps throw', '[new Proxy({}, { getOwnPropertyDescriptor() { throw new Error("descriptor"); } })]', { valid: false, errorPath: null, record: 'invalid' }),
    jsCase('hostile objects', 'a sparse array of length 2^32 - 1', '(() => { const a = []; a.length = 2 ** 32 - 1; return a; })()', { valid: false, errorPath: '', record: 'none' }),
    jsCase('hostile objects', 'sparse locations of length 1,000,000', '(() => { const l = []; l.length = 1e6; return [{ id: "a", name: "A", locations: l }]; })()', { valid: false, errorPath: '/0/locations', record: 'invalid' }),
    jsCase('hostile objects', 'deeply frozen input', '(() => { const r = Object.freeze({ id: "a", name: "A", focus: Object.freeze({ da: Object.freeze(["x"]), en: Object.freeze([]) }) }); return Object.freeze({ clusters: Object.freeze([r]) }); })()', { valid: true, clean: { version: 1, clusters: [{ id: 'a', name: 'A', focus: { da: ['x'], en: [] } }] }, record: 'valid' }),
    jsCase('hostile objects', 'symbol keys', '[{ id: "a", name: "A", [Symbol("website")]: "javascript:__canary++", [Symbol.toStringTag]: "<script>" }]', { valid: true, clean, record: 'valid' }),
    jsCase('hostile objects', 'fields inherited from a prototype are not data', '[Object.assign(Object.create({ website: "javascript:__canary++", area: "<script>__canary++</script>", status: { state: "ceased" } }), { id: "a", name: "A" })]', { valid: true, clean, record: 'valid' }),
    jsCase('hostile objects', 'an array with extra properties', 'Object.assign([{ id: "a", name: "A" }], { clusters: "x", website: "javascript:__canary++", version: 2 })', { valid: true, clean, record: 'valid' }),
  );

  add(
    jsCase(
      '100,000 records',
      '100,000 records, half with javascript: websites',
      'Array.from({ length: 100000 }, (_, i) => ({ id: "id" + i, name: "<img src=x onerror=__canary++> " + i, website: i % 2 ? "javascript:__canary++" : "https://evil.example/" + i }))',
      { valid: true, count: 100_000, droppedCount: 50_000, dropped: ['/1/website'], record: 'valid' },
      ['data'],
    ),
    jsonCase('many unsafe URLs', '1,000 unsafe sources in one record', [{ id: 'many', name: 'Many', sources: Array.from({ length: 1000 }, (_, i) => UNSAFE_URLS[i % UNSAFE_URLS.length]) }], { valid: true }),
    jsonCase(
      'hostile area and region names',
      'markup as strength-area and region names',
      { clusters: [{ id: 'a', name: 'A', area: 'x<script>', region: 'DK-81' }], strengthAreas: [{ id: 'x<script>', name: { da: '<img src=x onerror=__canary++>', en: '<svg onload=__canary++>' } }], regions: [{ id: 'DK-81', name: { da: '<script>__canary++</script>', en: '"><img src=x onerror=__canary++>' } }] },
      { valid: true },
    ),
    jsonCase('empty data', 'an empty array', [], { valid: true }),
    jsonCase('empty data', 'an empty clusters list', { clusters: [] }, { valid: true }),
    jsonCase('selector-like ids', 'ids that look like CSS selectors and markup', ['a"]', '*', '#x', '\\', '</style>', '[aria-posinset="1"]'].map((id, i) => ({ id, name: `${id} ${i}` })), { valid: true }),
  );
  return cases;
}

/** The `src` cases, one per response of src-responses.mjs. */
function srcCases() {
  const byName = new Map(SRC_RESPONSES.map((entry) => [entry.name, entry]));
  return SRC_RESPONSES.map((entry) => {
    const bodyOf = entry.behaviour === 'redirect' ? byName.get(entry.location.slice(5)).body : entry.body;
    const expect = entry.expect ?? (entry.valid
      ? { ...expectedClean(JSON.parse(new TextDecoder().decode(bodyOf))), valid: true }
      : { valid: false, dropped: [], errorPath: null });
    return {
      id: `hand-written src: ${entry.name}`,
      origin: 'hand-written',
      kind: entry.kind,
      channels: ['src'],
      src: `/src/${entry.name}`,
      timeout: entry.timeout,
      ids: entry.ids ?? (entry.allElements ? ['card', 'list', 'map', 'explorer'] : ['card', 'list']),
      expect,
    };
  });
}

export function handWrittenCases() {
  return [...clusterCases(), ...srcCases()];
}

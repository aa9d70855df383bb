/**
 * The hand-written `src` cases: what a partner's data URL can answer. Each has a path under `/src/`, the exact
 * bytes or behaviour the loopback server gives (server.mjs), and whether the element must end up with the data
 * (`valid`: the bytes decode as UTF-8 — BOM removed, bad bytes replaced — and parse as a dataset the gate accepts)
 * or in the error state with the bundled data. `ids` names the elements (default: the card and the list, which
 * share the data controller with the others; `allElements` adds the map and the explorer); `timeout` is the
 * element's `timeout` for the case (default 60 s, so a busy machine never times out a case that must load);
 * `expect` states the outcome where running the oracle on the body would be slow (a million levels of nesting,
 * 100,000 records).
 */
import { MARKUP_PAYLOADS, UNSAFE_URLS } from './payloads.mjs';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const HTML_TYPE = { 'content-type': 'text/html; charset=utf-8' };
const json = (value) => Buffer.from(JSON.stringify(value));

/** A partner file with markup in its names and an unsafe URL per record: valid, the URLs dropped. */
const hostileFile = {
  version: 1,
  asOf: '<script>__canary++</script>',
  clusters: MARKUP_PAYLOADS.slice(0, 12).map((payload, index) => ({
    id: `partner-${index}`,
    name: payload,
    area: 'robotics',
    region: 'DK-83',
    locations: [{ city: payload, lat: 55.4 + index / 100, lon: 10.39, role: 'head-office' }],
    website: UNSAFE_URLS[index],
    sources: ['https://evil.example/source', UNSAFE_URLS[index + 12]],
    description: { da: payload, en: payload },
    focus: { da: [payload], en: [payload] },
  })),
};

const small = [
  { id: 'partner-a', name: 'Partner A', locations: [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' }] },
  { id: 'partner-b', name: 'Partner B' },
];

const htmlPage = Buffer.from('<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1><img src="https://evil.example/err.gif" onerror="__canary++">');

/** 100,000 records, written as text (no 100,000-object array in the test process). */
function hundredThousand() {
  const parts = [];
  for (let index = 0; index < 100_000; index++) {
    parts.push(`{"id":"r${index}","name":"<img src=x onerror=__canary++> ${index}","website":"${index % 2 ? 'javascript:__canary++' : `https://evil.example/${index}`}"}`);
  }
  return Buffer.from(`{"clusters":[${parts.join(',')}]}`);
}

const deep = 1_000_000;

export const SRC_RESPONSES = [
  { name: 'hostile-partner-file', allElements: true, kind: 'src: markup and unsafe URLs', valid: true, body: json(hostileFile), headers: JSON_TYPE },
  { name: 'bom', allElements: true, kind: 'src: byte-order mark', valid: true, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json(small)]), headers: JSON_TYPE },
  {
    name: 'invalid-utf8-in-string',
    kind: 'src: invalid UTF-8',
    valid: true,
    body: Buffer.concat([Buffer.from('[{"id":"bytes","name":"Bad '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(' bytes"}]')]),
    headers: JSON_TYPE,
  },
  {
    name: 'invalid-utf8-structure',
    kind: 'src: invalid UTF-8',
    valid: false,
    body: Buffer.concat([Buffer.from('[{"id":"a","name":"A"}'), Buffer.from([0xff, 0xc0, 0x80]), Buffer.from(']')]),
    headers: JSON_TYPE,
  },
  { name: 'utf16', kind: 'src: wrong encoding', valid: false, body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(small), 'utf16le')]), headers: JSON_TYPE },
  { name: 'html-200', kind: 'src: HTML error page', valid: false, body: htmlPage, headers: HTML_TYPE },
  { name: 'html-500', allElements: true, kind: 'src: HTML error page', valid: false, status: 500, body: htmlPage, headers: HTML_TYPE },
  { name: 'not-found', kind: 'src: 404/500', valid: false, status: 404, body: Buffer.from('Not Found'), headers: { 'content-type': 'text/plain' } },
  { name: 'server-error-with-json', kind: 'src: 404/500', valid: false, status: 500, body: json(small), headers: JSON_TYPE },
  { name: 'redirect-loop', allElements: true, kind: 'src: redirect loop', valid: false, behaviour: 'redirect-loop' },
  { name: 'redirect-chain', kind: 'src: redirect', valid: true, behaviour: 'redirect', location: '/src/bom' },
  { name: 'slow', kind: 'src: timeout', valid: false, behaviour: 'slow', timeout: 150 },
  { name: 'never-ends', allElements: true, kind: 'src: never-ending response', valid: false, behaviour: 'never-ends', timeout: 150, body: Buffer.from('[{"id":"a","name":"A"},') },
  { name: 'empty', kind: 'src: empty or null body', valid: false, body: Buffer.alloc(0), headers: JSON_TYPE },
  { name: 'no-content', kind: 'src: empty or null body', valid: false, status: 204 },
  { name: 'null', kind: 'src: empty or null body', valid: false, body: Buffer.from('null'), headers: JSON_TYPE },
  { name: 'truncated', kind: 'src: truncated JSON', valid: false, body: json(small).subarray(0, 30), headers: JSON_TYPE },
  { name: 'string', kind: 'src: wrong types', valid: false, body: Buffer.from('"clusters"'), headers: JSON_TYPE },
  { name: 'duplicate-ids', kind: 'src: duplicate ids', valid: false, body: json([{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }]), headers: JSON_TYPE },
  {
    name: 'proto-keys',
    allElements: true,
    kind: 'src: __proto__/constructor keys',
    valid: true,
    body: Buffer.from('{"__proto__":{"polluted":"src"},"constructor":{"prototype":{"polluted":"src"}},"clusters":[{"__proto__":{"polluted":"src","website":"javascript:__canary++"},"id":"p","name":"P","constructor":{"prototype":{"polluted":"src"}}}]}'),
    headers: JSON_TYPE,
  },
  { name: 'text-plain', kind: 'src: wrong content type', valid: true, body: json(small), headers: { 'content-type': 'text/plain' } },
  {
    name: 'deep-nesting',
    kind: 'src: deep nesting',
    valid: true,
    body: Buffer.from(`[{"id":"deep","name":"Deep","extra":${'['.repeat(deep)}${']'.repeat(deep)}}]`),
    headers: JSON_TYPE,
    expect: { valid: true, clean: { version: 1, clusters: [{ id: 'deep', name: 'Deep' }] }, dropped: [] },
    ids: ['list'],
  },
  { name: 'megabyte-strings', kind: 'src: 1 MB strings', valid: true, body: json([{ id: 'mb', name: '<script>__canary++</script> '.repeat(40_000), description: { da: 'x', en: '<img src=x onerror=__canary++>'.repeat(40_000) } }]), headers: JSON_TYPE, ids: ['list', 'map'] },
  { name: 'bad-encoding-header', kind: 'src: broken gzip', valid: false, body: json(small), headers: { ...JSON_TYPE, 'content-encoding': 'gzip' } },
  {
    name: 'hundred-thousand',
    kind: 'src: 100,000 records',
    valid: true,
    body: hundredThousand(),
    headers: JSON_TYPE,
    ids: ['list'],
    expect: { valid: true, count: 100_000, droppedCount: 50_000, dropped: ['/clusters/1/website'] },
  },
];

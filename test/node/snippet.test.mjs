/**
 * The embed configurator's snippet generator (stories/configurator/snippet.ts), a pure function: defaults
 * left out, values validated (unknown names and invalid values dropped and reported), values escaped,
 * boolean attributes bare, both script kinds, deterministic output; and its option lists agree with the
 * data, the manifest and the README's reservation CSS. The module is TypeScript without imports, so it is
 * compiled with esbuild and imported from a data: URL (and runs here without any DOM).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { transform } from 'esbuild';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const { code } = await transform(read('stories/configurator/snippet.ts'), { loader: 'ts', format: 'esm' });
const snippet = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const { embedSnippet, embedAttributes, ELEMENTS, ELEMENT_ATTRIBUTES, AREA_IDS, CLUSTER_IDS, REGION_IDS, RESERVATION_CSS, COMPACT_CARD_CSS } = snippet;

const selfHosted = { kind: 'self-hosted', path: '/assets/danish-clusters.js' };
const INTEGRITY = 'sha384-Gu9yFQu9qeWXhhlZ5vhKPa5C04WbnqPWSMRs4EekSuwUdXACkuubFQQBcz80FOq2';
const cdn = { kind: 'cdn', version: '0.1.0', integrity: INTEGRITY };

/** The element line of a snippet (its last line). */
const elementLine = (config) => embedSnippet({ script: selfHosted, ...config }).trimEnd().split('\n').at(-1);

test('the module is pure: it loads and runs in Node with no DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof embedSnippet({ element: 'cluster-list', attributes: {}, script: selfHosted }), 'string');
});

test('a self-hosted snippet: script tag, reservation CSS for the element, the element', () => {
  assert.equal(
    embedSnippet({ element: 'cluster-list', attributes: { area: 'robotics', lang: 'en' }, script: selfHosted }),
    [
      '<script type="module" src="/assets/danish-clusters.js"></script>',
      '<style>',
      '  cluster-list:not(:defined) { display: block; min-height: 40em; }',
      '</style>',
      '<cluster-list area="robotics" lang="en"></cluster-list>',
      '',
    ].join('\n'),
  );
});

test('a CDN snippet: the exact-version jsDelivr URL with integrity and crossorigin', () => {
  const [script] = embedSnippet({ element: 'cluster-card', attributes: { cluster: 'made' }, script: cdn }).split('\n');
  assert.equal(
    script,
    '<script type="module" src="https://cdn.jsdelivr.net/npm/danish-clusters@0.1.0/dist/cdn/danish-clusters.js"' +
      ` integrity="${INTEGRITY}" crossorigin="anonymous"></script>`,
  );
  // A pre-release is exact too.
  assert.match(embedSnippet({ element: 'cluster-about', attributes: {}, script: { ...cdn, version: '1.2.0-beta.1' } }), /danish-clusters@1\.2\.0-beta\.1\//);
});

test('a script that cannot work throws: floating or missing version, no integrity, no path, unknown kind', () => {
  const card = { element: 'cluster-card', attributes: {} };
  for (const version of ['0', '0.1', '^0.1.0', 'latest', '', undefined]) {
    assert.throws(() => embedSnippet({ ...card, script: { ...cdn, version } }), TypeError, `version ${version}`);
  }
  assert.throws(() => embedSnippet({ ...card, script: { ...cdn, integrity: '' } }), TypeError);
  assert.throws(() => embedSnippet({ ...card, script: { kind: 'self-hosted', path: ' ' } }), TypeError);
  assert.throws(() => embedSnippet({ ...card, script: { kind: 'ftp', path: '/x.js' } }), TypeError);
  assert.throws(() => embedSnippet({ element: 'cluster-nope', attributes: {}, script: selfHosted }), TypeError);
});

test('defaults are left out', () => {
  assert.equal(
    elementLine({
      element: 'cluster-list',
      attributes: {
        query: '',
        area: '',
        region: undefined,
        status: 'all',
        sort: 'name',
        layout: 'grid',
        limit: '',
        controls: 'search area region status sort',
        'sync-url': false,
        lang: '',
        theme: '',
        'heading-level': 2,
        timeout: 10000,
      },
    }),
    '<cluster-list></cluster-list>',
  );
  // All five controls in another order are still the default.
  assert.equal(elementLine({ element: 'cluster-explorer', attributes: { controls: 'sort status region area search' } }), '<cluster-explorer></cluster-explorer>');
  assert.equal(elementLine({ element: 'cluster-card', attributes: { cluster: 'made', variant: 'full', 'heading-level': '3' } }), '<cluster-card cluster="made"></cluster-card>');
  assert.equal(elementLine({ element: 'cluster-card', attributes: { cluster: 'made', 'heading-level': 2 } }), '<cluster-card cluster="made" heading-level="2"></cluster-card>');
  assert.equal(elementLine({ element: 'cluster-timeline', attributes: { layout: 'vertical' } }), '<cluster-timeline></cluster-timeline>');
  assert.equal(elementLine({ element: 'cluster-about', attributes: { query: '   ' } }), '<cluster-about></cluster-about>');
  assert.equal(elementLine({ element: 'cluster-list', attributes: { query: '  ' } }), '<cluster-list></cluster-list>');
});

test('values that differ from the defaults are written, in the element’s fixed order', () => {
  assert.equal(
    elementLine({
      element: 'cluster-list',
      attributes: { theme: 'dark', limit: 3, controls: 'status search', sort: 'region', status: 'ceased', layout: 'list', region: 'DK-84', lang: 'da', 'heading-level': '3' },
    }),
    '<cluster-list region="DK-84" status="ceased" sort="region" layout="list" limit="3" controls="search status" lang="da" theme="dark" heading-level="3"></cluster-list>',
  );
  assert.equal(elementLine({ element: 'cluster-list', attributes: { controls: 'none' } }), '<cluster-list controls="none"></cluster-list>');
  assert.equal(elementLine({ element: 'cluster-about', attributes: { topic: 'history' } }), '<cluster-about topic="history"></cluster-about>');
  assert.equal(elementLine({ element: 'cluster-timeline', attributes: { layout: 'horizontal' } }), '<cluster-timeline layout="horizontal"></cluster-timeline>');
  assert.equal(elementLine({ element: 'cluster-map', attributes: { region: 'DK-84', status: 'active' } }), '<cluster-map region="DK-84" status="active"></cluster-map>');
});

test('boolean attributes are written bare, and left out when false', () => {
  assert.equal(elementLine({ element: 'cluster-list', attributes: { 'sync-url': true } }), '<cluster-list sync-url></cluster-list>');
  assert.equal(elementLine({ element: 'cluster-explorer', attributes: { 'sync-url': true, query: 'aarhus' } }), '<cluster-explorer query="aarhus" sync-url></cluster-explorer>');
  assert.equal(elementLine({ element: 'cluster-map', attributes: { 'shade-regions': true } }), '<cluster-map shade-regions></cluster-map>');
  assert.equal(elementLine({ element: 'cluster-map', attributes: { 'shade-regions': false } }), '<cluster-map></cluster-map>');
  const { dropped } = embedAttributes('cluster-map', { 'shade-regions': 'yes' });
  assert.deepEqual(dropped.map((d) => d.name), ['shade-regions']);
});

test('invalid values and unknown attributes are dropped and reported', () => {
  const { attributes, dropped } = embedAttributes('cluster-list', {
    status: 'bogus',
    sort: 'date',
    layout: 'horizontal', // the timeline's value, not the list's
    region: 'DK-86',
    area: 'nope',
    limit: 0,
    controls: 'search colour',
    theme: 'blue',
    lang: 'not a language',
    'heading-level': 7,
    'shade-regions': true, // the map's
    topic: 'history', // the about's
    onclick: 'alert(1)',
    query: 'robot',
  });
  assert.deepEqual(attributes, [['query', 'robot']]);
  assert.deepEqual(
    dropped.map((d) => d.name),
    ['area', 'region', 'status', 'sort', 'layout', 'limit', 'controls', 'lang', 'theme', 'heading-level', 'onclick', 'shade-regions', 'topic'],
  );
  for (const { reason } of dropped) assert.ok(reason.length > 10, reason);
  assert.match(dropped.find((d) => d.name === 'onclick').reason, /<cluster-list> has no attribute onclick/);
  assert.match(dropped.find((d) => d.name === 'status').reason, /all, active, ceased/);
  // The snippet leaves them out in the same way.
  assert.equal(elementLine({ element: 'cluster-list', attributes: { status: 'bogus', onclick: 'x', query: 'robot' } }), '<cluster-list query="robot"></cluster-list>');
  // A card's cluster must be a bundled id …
  assert.equal(elementLine({ element: 'cluster-card', attributes: { cluster: 'no-such-cluster' } }), '<cluster-card></cluster-card>');
  // … unless the element reads a partner's own data (`src`), whose ids and areas the generator cannot know.
  assert.equal(
    elementLine({ element: 'cluster-card', attributes: { cluster: 'our-cluster', src: '/data/clusters.json' } }),
    '<cluster-card cluster="our-cluster" src="/data/clusters.json"></cluster-card>',
  );
  assert.equal(
    elementLine({ element: 'cluster-list', attributes: { area: 'space', src: '/c.json', timeout: '5000' } }),
    '<cluster-list area="space" src="/c.json" timeout="5000"></cluster-list>',
  );
});

test('numbers: integers in range, given as numbers or numeric strings', () => {
  assert.equal(elementLine({ element: 'cluster-list', attributes: { limit: '4' } }), '<cluster-list limit="4"></cluster-list>');
  for (const limit of [0, -1, 2.5, 'four', '4px', Number.NaN]) {
    assert.deepEqual(embedAttributes('cluster-list', { limit }).attributes, [], `limit ${limit}`);
  }
});

test('attribute values are HTML-escaped (", &, <, >); the preview’s list keeps them raw', () => {
  const query = 'a"b&c<d>e\'f';
  assert.equal(
    elementLine({ element: 'cluster-list', attributes: { query } }),
    '<cluster-list query="a&quot;b&amp;c&lt;d&gt;e\'f"></cluster-list>',
  );
  assert.deepEqual(embedAttributes('cluster-list', { query }).attributes, [['query', query]]);
  const [script] = embedSnippet({ element: 'cluster-about', attributes: {}, script: { kind: 'self-hosted', path: '/a"b&c.js' } }).split('\n');
  assert.equal(script, '<script type="module" src="/a&quot;b&amp;c.js"></script>');
  const cdnScript = embedSnippet({ element: 'cluster-about', attributes: {}, script: { ...cdn, integrity: 'sha384-"><x' } }).split('\n')[0];
  assert.ok(cdnScript.includes('integrity="sha384-&quot;&gt;&lt;x"'), cdnScript);
});

test('the output is deterministic: the same configuration in any key order gives the same string', () => {
  const attributes = { query: 'aarhus', status: 'active', 'sync-url': true, limit: 5, theme: 'auto', lang: 'en', area: 'digital' };
  const reversed = Object.fromEntries(Object.entries(attributes).reverse());
  const first = embedSnippet({ element: 'cluster-explorer', attributes, script: cdn });
  assert.equal(embedSnippet({ element: 'cluster-explorer', attributes: reversed, script: cdn }), first);
  assert.equal(embedSnippet({ element: 'cluster-explorer', attributes: { ...attributes }, script: { ...cdn } }), first);
  assert.deepEqual(embedAttributes('cluster-explorer', attributes), embedAttributes('cluster-explorer', reversed));
});

test('the reservation CSS is the README’s, and the compact card gets its own line', () => {
  const readme = read('README.md');
  for (const rule of [...Object.values(RESERVATION_CSS), COMPACT_CARD_CSS]) assert.ok(readme.includes(rule), `README has: ${rule}`);
  for (const element of ELEMENTS) {
    const css = embedSnippet({ element, attributes: {}, script: selfHosted }).split('\n').slice(1, -2);
    assert.deepEqual(css, ['<style>', `  ${RESERVATION_CSS[element]}`, '</style>'], element);
  }
  const compact = embedSnippet({ element: 'cluster-card', attributes: { cluster: 'made', variant: 'compact' }, script: selfHosted });
  assert.ok(compact.includes(`  ${RESERVATION_CSS['cluster-card']}\n  ${COMPACT_CARD_CSS}\n</style>`), compact);
});

test('the option lists agree with the bundled data', () => {
  const data = JSON.parse(read('src/data/clusters.json'));
  assert.deepEqual([...AREA_IDS].sort(), data.strengthAreas.map((area) => area.id).sort());
  assert.deepEqual([...CLUSTER_IDS].sort(), data.clusters.map((cluster) => cluster.id).sort());
  assert.deepEqual([...REGION_IDS], data.regions.map((region) => region.id).sort());
});

test('each element’s attributes are exactly its public attributes in custom-elements.json', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const tagOf = (name) => name.replace(/[A-Z]/g, (letter, at) => (at ? '-' : '') + letter.toLowerCase());
  const seen = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName ?? tagOf(declaration.name ?? '');
      if (ELEMENTS.includes(tag)) seen.set(tag, (declaration.attributes ?? []).map((attribute) => attribute.name).sort());
    }
  }
  assert.deepEqual([...seen.keys()].sort(), [...ELEMENTS].sort());
  for (const element of ELEMENTS) {
    assert.deepEqual(ELEMENT_ATTRIBUTES[element].map((spec) => spec.name).sort(), seen.get(element), element);
  }
});

test('enum values match the DESIGN.md vocabulary', () => {
  const values = (element, name) => ELEMENT_ATTRIBUTES[element].find((spec) => spec.name === name).values;
  assert.deepEqual(values('cluster-list', 'status'), ['all', 'active', 'ceased']);
  assert.deepEqual(values('cluster-list', 'sort'), ['name', 'area', 'region']);
  assert.deepEqual(values('cluster-list', 'layout'), ['grid', 'list']);
  assert.deepEqual(values('cluster-card', 'variant'), ['full', 'compact']);
  assert.deepEqual(values('cluster-about', 'topic'), ['what-is-a-cluster', 'central-role', 'cluster-organisation', 'history']);
  assert.deepEqual(values('cluster-timeline', 'layout'), ['vertical', 'horizontal']);
  for (const element of ELEMENTS) assert.deepEqual(values(element, 'theme'), ['light', 'dark', 'auto']);
});

/**
 * What the package hands to partners besides the code, after the build: the CDN files' integrity values,
 * the editor data generated from custom-elements.json, and the version the built files report.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { EDITOR_FILES, editorDataFor, elementsOf, enumValues, generateEditorData, serialise, staleEditorFiles } from '../../scripts/editor-data.mjs';
import { integrityOf } from '../../scripts/lib/integrity.mjs';

const file = (path) => new URL(`../../${path}`, import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(file(path), 'utf8'));
const pkg = readJson('package.json');
const manifest = readJson('custom-elements.json');

const TAGS = ['cluster-about', 'cluster-card', 'cluster-explorer', 'cluster-list', 'cluster-map', 'cluster-timeline'];
const CDN_FILES = ['danish-clusters.iife.js', 'danish-clusters.js'];
/** Enumerated attributes and their values (DESIGN.md; the timeline's `layout` is decision 0007). */
const ENUMS = {
  theme: ['light', 'dark', 'auto'],
  variant: ['full', 'compact'],
  status: ['all', 'active', 'ceased'],
  sort: ['name', 'area', 'region'],
  layout: { 'cluster-list': ['grid', 'list'], 'cluster-explorer': ['grid', 'list'], 'cluster-timeline': ['vertical', 'horizontal'] },
  topic: ['what-is-a-cluster', 'central-role', 'cluster-organisation', 'history'],
};
const expectedValues = (name, tag) => (Array.isArray(ENUMS[name]) ? ENUMS[name] : ENUMS[name]?.[tag]);

// ---------------------------------------------------------------------------------------------------------
// dist/cdn/integrity.json

test('integrityOf gives the SRI form of SHA-384 (values checked with openssl)', () => {
  assert.equal(integrityOf(Buffer.from('')), 'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb');
  assert.equal(integrityOf(Buffer.from('abc')), 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
});

test('dist/cdn/integrity.json lists each CDN file with the sha384 of its bytes, and the package version', () => {
  assert.ok(existsSync(file('dist/cdn/integrity.json')), 'the build writes dist/cdn/integrity.json');
  const integrity = readJson('dist/cdn/integrity.json');
  assert.equal(integrity.version, pkg.version);
  const scripts = readdirSync(file('dist/cdn/')).filter((name) => name.endsWith('.js')).sort();
  for (const name of CDN_FILES) assert.ok(scripts.includes(name), `dist/cdn/${name} exists`);
  assert.deepEqual(Object.keys(integrity.files).sort(), scripts, 'every CDN script and nothing else');
  for (const name of scripts) {
    const fresh = `sha384-${createHash('sha384').update(readFileSync(file(`dist/cdn/${name}`))).digest('base64')}`;
    assert.equal(integrity.files[name], fresh, `${name}: integrity equals a fresh sha384 of the built file`);
  }
});

// ---------------------------------------------------------------------------------------------------------
// Editor data

test('enum values come from literal unions and known aliases; free-text types give none', () => {
  assert.deepEqual(enumValues(`'light' | 'dark' | 'auto'`), ['light', 'dark', 'auto']);
  assert.deepEqual(enumValues(`'light' | 'dark' | 'auto' | undefined`), ['light', 'dark', 'auto']);
  assert.deepEqual(enumValues('string | undefined'), []);
  assert.deepEqual(enumValues('boolean'), []);
  assert.deepEqual(enumValues('Theme | undefined'), [], 'an alias nobody resolved has no values');
  assert.deepEqual(enumValues('Theme | undefined', new Map([['Theme', ['light', 'dark', 'auto']]])), ['light', 'dark', 'auto']);
  assert.deepEqual(enumValues(`Theme | 'x' | string`, new Map([['Theme', ['light']]])), [], 'string admits anything');
  assert.throws(() => enumValues('Theme', new Map([['Theme', null]])), /declared twice/);
});

const fresh = editorDataFor();
const manifestElements = elementsOf(manifest);

test('the manifest has the six elements the editor data describes', () => {
  assert.deepEqual(manifestElements.map((element) => element.tagName), TAGS);
});

test('VS Code custom data: all six tags, every attribute of the manifest, the enum values', () => {
  const { vscode } = fresh;
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(vscode.tags.map((tag) => tag.name), TAGS);
  for (const element of manifestElements) {
    const tag = vscode.tags.find((entry) => entry.name === element.tagName);
    assert.ok(tag.description?.value.length > 0, `${tag.name} has a description`);
    assert.ok(tag.references?.length > 0, `${tag.name} has a reference`);
    assert.deepEqual(tag.attributes.map((attribute) => attribute.name), element.attributes.map((attribute) => attribute.name), `${tag.name}: attributes`);
    for (const attribute of tag.attributes) {
      const expected = expectedValues(attribute.name, tag.name);
      if (expected) assert.deepEqual(attribute.values?.map((value) => value.name), expected, `${tag.name} ${attribute.name}`);
      else assert.equal(attribute.values, undefined, `${tag.name} ${attribute.name} offers no values`);
    }
    for (const event of element.events ?? []) assert.ok(tag.description.value.includes(`\`${event.name}\``), `${tag.name} mentions ${event.name}`);
  }
  const list = vscode.tags.find((tag) => tag.name === 'cluster-list');
  assert.equal(list.attributes.find((attribute) => attribute.name === 'sync-url').valueSet, 'v', 'boolean attributes take no value');
});

test('web-types: all six elements with every attribute, property, event, CSS part and custom property', () => {
  const { webTypes } = fresh;
  assert.equal(webTypes.$schema, 'http://json.schemastore.org/web-types');
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(elements.map((element) => element.name), TAGS);
  for (const source of manifestElements) {
    const element = elements.find((entry) => entry.name === source.tagName);
    const names = (items) => (items ?? []).map((item) => item.name);
    assert.equal(element.source.symbol, source.name);
    assert.deepEqual(names(element.attributes), names(source.attributes), `${element.name}: attributes`);
    assert.deepEqual(names(element.js.events), names(source.events), `${element.name}: events`);
    assert.deepEqual(names(element.css.parts), names(source.cssParts), `${element.name}: CSS parts`);
    assert.deepEqual(names(element.css.properties), names(source.cssProperties), `${element.name}: CSS custom properties`);
    assert.deepEqual(names(element.slots), names(source.slots), `${element.name}: slots`);
    for (const property of ['lang', 'theme', 'headingLevel']) assert.ok(names(element.js.properties).includes(property), `${element.name}.${property}`);
    for (const attribute of element.attributes) {
      const expected = expectedValues(attribute.name, element.name);
      if (expected) assert.equal(attribute.value.type, expected.map((value) => `'${value}'`).join(' | '), `${element.name} ${attribute.name}`);
    }
  }
  const card = elements.find((element) => element.name === 'cluster-card');
  assert.ok(card.js.properties.some((property) => property.name === 'data'), 'the card\'s data property');
});

test('generateEditorData is a pure function of the manifest (no aliases given: no alias values)', () => {
  const once = generateEditorData(manifest, { version: '1.2.3' });
  assert.deepEqual(generateEditorData(manifest, { version: '1.2.3' }), once);
  const theme = once.vscode.tags[0].attributes.find((attribute) => attribute.name === 'theme');
  assert.equal(theme.values, undefined);
});

test('the committed editor files equal a fresh generation (run node scripts/editor-data.mjs)', () => {
  for (const [key, name] of Object.entries(EDITOR_FILES)) {
    assert.ok(existsSync(file(name)), `${name} exists at the package root`);
    assert.equal(readFileSync(file(name), 'utf8'), serialise(fresh[key]), `${name} is stale: run node scripts/editor-data.mjs`);
  }
  assert.deepEqual(staleEditorFiles(), []);
});

// ---------------------------------------------------------------------------------------------------------
// The version the built files report

test('ClusterElement.version of the built package equals package.json', async () => {
  // dist/index.js registers nothing and touches no DOM at import; Lit's Node build supplies HTMLElement.
  const library = await import('../../dist/index.js');
  assert.equal(library.ClusterElement.version, pkg.version);
  for (const name of ['ClusterCard', 'ClusterList', 'ClusterMap', 'ClusterExplorer', 'ClusterAbout', 'ClusterTimeline']) {
    assert.equal(library[name].version, pkg.version, `${name}.version`);
  }
});

test('both built CDN files carry the package version as the VERSION constant', () => {
  const escaped = pkg.version.replace(/[.+]/g, '\\$&');
  // Minified, `VERSION = '0.1.0'` becomes `var Xy=\`0.1.0\`` (the name changes, the assignment stays).
  const assignment = new RegExp(`[=:]\\s*(["'\`])${escaped}\\1`);
  for (const name of CDN_FILES) {
    const text = readFileSync(file(`dist/cdn/${name}`), 'utf8');
    assert.match(text, assignment, `dist/cdn/${name} assigns the string ${pkg.version}`);
  }
});

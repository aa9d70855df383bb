// The validator (`validateClusters`, the gate) and clusters.schema.json must agree on every single-record rule,
// so partners who check their files with a JSON Schema tool get the same answer as the elements.
// Cross-record rules (unique ids) are validator-only and are not in this table.
// Imports the built package (self-reference): run `node scripts/build.mjs` first, then
//   node --test test/node/schema-agreement.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { dataset, validateClusters } from 'danish-clusters/data';

const schema = JSON.parse(readFileSync(new URL('../../src/data/clusters.schema.json', import.meta.url), 'utf8'));
const bundledFile = JSON.parse(readFileSync(new URL('../../src/data/clusters.json', import.meta.url), 'utf8'));

const schemaWarnings = [];
// Strict mode: a typo in a keyword, or a keyword without its type, fails here instead of being ignored.
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  logger: { log() {}, warn: (...args) => schemaWarnings.push(args), error: (...args) => schemaWarnings.push(args) },
});
const validateWithSchema = ajv.compile(schema);

const place = { city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' };
const full = {
  id: 'odense-robotics',
  name: 'Odense Robotics',
  area: 'robotics',
  region: 'DK-83',
  locations: [place],
  website: 'https://www.odenserobotics.dk',
  websiteLive: true,
  founded: '2014',
  predecessors: ['Robotcluster'],
  status: { state: 'active' },
  programmes: { '2021-2024': 'appointed', '2025-2028': 'unknown' },
  description: { da: 'Tekst.', en: 'Text.' },
  focus: { da: ['Robotter'], en: ['Robots'] },
  sources: ['https://example.dk/a'],
  uncertain: ['area'],
};
const base = { id: 'a', name: 'A' };
const withField = (field, value) => ({ ...base, [field]: value });
const manyStrings = (count) => Array.from({ length: count }, (_, index) => `item ${index}`);

/** [description, record, expected validity]. The expectation guards against both sides agreeing on a wrong answer. */
const cases = [
  ['the smallest record: id and name', base, true],
  ['a record with every field', full, true],
  ['unknown extra fields', { ...base, extra: { nested: [1, 2, 3] }, note: 'x' }, true],
  ['null where null is allowed', { ...base, area: null, region: null, website: null, founded: null }, true],
  ['an area the library does not know', withField('area', 'quantum'), true],
  ['a ceased status with since', withField('status', { state: 'ceased', since: '2022-04' }), true],
  ['an unsafe website (a warning, not an error)', withField('website', 'javascript:alert(1)'), true],
  ['a relative source URL (a warning, not an error)', withField('sources', ['/about', 'https://a.dk']), true],
  ['an empty website string (a warning, not an error)', withField('website', ''), true],
  ['coordinates on the limits', withField('locations', [{ ...place, lat: -90, lon: 180 }]), true],
  ['empty lists', { ...base, locations: [], predecessors: [], sources: [], focus: { da: [], en: [] } }, true],
  ['a list at the 1000-item limit', withField('predecessors', manyStrings(1000)), true],
  ['a record that is not an object', 'odense-robotics', false],
  ['a record that is an array', [base], false],
  ['a record that is null', null, false],
  ['a missing id', { name: 'A' }, false],
  ['a missing name', { id: 'a' }, false],
  ['an empty id', withField('id', ''), false],
  ['a blank name', withField('name', ' \t\n'), false],
  ['a numeric id', withField('id', 7), false],
  ['a non-string area', withField('area', 5), false],
  ['an unknown region code', withField('region', 'DK-86'), false],
  ['locations that are not an array', withField('locations', place), false],
  ['a location without a city', withField('locations', [{ lat: 55, lon: 10, role: 'office' }]), false],
  ['a latitude given as a string', withField('locations', [{ ...place, lat: '55.4' }]), false],
  ['a latitude that is NaN', withField('locations', [{ ...place, lat: Number.NaN }]), false],
  ['a longitude that is Infinity', withField('locations', [{ ...place, lon: Number.POSITIVE_INFINITY }]), false],
  ['a latitude out of range', withField('locations', [{ ...place, lat: 91 }]), false],
  ['a role that is not allowed', withField('locations', [{ ...place, role: 'headquarters' }]), false],
  ['a website that is a number', withField('website', 42), false],
  ['websiteLive as a string', withField('websiteLive', 'false'), false],
  ['founded as a number', withField('founded', 2014), false],
  ['predecessors with a non-string', withField('predecessors', ['a', 1]), false],
  ['a status that is a string', withField('status', 'active'), false],
  ['a status without a state', withField('status', { since: '2022' }), false],
  ['a status state that is not allowed', withField('status', { state: 'paused' }), false],
  ['a since that is not a string', withField('status', { state: 'ceased', since: 2022 }), false],
  ['a 2021-2024 programme value that is not allowed', withField('programmes', { '2021-2024': 'unknown' }), false],
  ['a 2025-2028 programme value that is not allowed', withField('programmes', { '2025-2028': 'maybe' }), false],
  ['programmes that are an array', withField('programmes', ['2021-2024']), false],
  ['a description without English', withField('description', { da: 'Tekst.' }), false],
  ['a description that is a string', withField('description', 'Text.'), false],
  ['focus lists of non-strings', withField('focus', { da: [1], en: [] }), false],
  ['sources that are a string', withField('sources', 'https://a.dk'), false],
  ['a source that is not a string', withField('sources', [{ href: 'https://a.dk' }]), false],
  ['uncertain that is a string', withField('uncertain', 'area'), false],
  ['a list over the 1000-item limit', withField('uncertain', manyStrings(1001)), false],
];

test('the schema compiles in strict mode without warnings', () => {
  assert.deepEqual(schemaWarnings, []);
});

for (const [description, record, expected] of cases) {
  test(`single record: ${description}`, () => {
    const input = [record];
    const fromValidator = validateClusters(input).valid;
    const fromSchema = validateWithSchema(input);
    assert.equal(fromValidator, fromSchema, `validator ${fromValidator}, schema ${fromSchema}: ${ajv.errorsText(validateWithSchema.errors)}`);
    assert.equal(fromValidator, expected);
  });
}

/** Dataset-level rules the schema also states. */
const datasets = [
  ['a dataset without a version', { clusters: [base] }, true],
  ['version 2', { version: 2, clusters: [] }, false],
  ['a dataset without clusters', { version: 1 }, false],
  ['an asOf that is not a string', { clusters: [], asOf: 202611 }, false],
  ['a strength area without a name', { clusters: [], strengthAreas: [{ id: 'robotics' }] }, false],
  ['a region with an unknown id', { clusters: [], regions: [{ id: 'DK-00', name: { da: 'a', en: 'a' } }] }, false],
  ['a milestone without sources', { clusters: [], milestones: [{ date: '2020', title: { da: 'a', en: 'a' } }] }, false],
  ['a number instead of data', 42, false],
];

for (const [description, input, expected] of datasets) {
  test(`dataset: ${description}`, () => {
    assert.equal(validateClusters(input).valid, validateWithSchema(input), ajv.errorsText(validateWithSchema.errors));
    assert.equal(validateClusters(input).valid, expected);
  });
}

test('duplicate ids: rejected by the validator only (the schema cannot express it)', () => {
  const input = [base, { ...base }];
  assert.equal(validateClusters(input).valid, false);
  assert.equal(validateWithSchema(input), true);
});

test('the bundled file passes both', () => {
  assert.equal(validateWithSchema(bundledFile), true, ajv.errorsText(validateWithSchema.errors));
  assert.deepEqual(validateClusters(bundledFile), { valid: true, errors: [], warnings: [] });
});

test('the bundled dataset as exported (the gate\'s copy) passes both', () => {
  assert.equal(validateWithSchema(dataset), true, ajv.errorsText(validateWithSchema.errors));
  assert.deepEqual(validateClusters(dataset), { valid: true, errors: [], warnings: [] });
});

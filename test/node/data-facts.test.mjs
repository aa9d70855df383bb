// Facts and shape checks for the bundled dataset (src/data/clusters.json) against the fact base in
// ../shared/reference/ (clusters-facts.json/.md and clusters-facts-verification.md, which wins).
// Run: node --test test/node/data-facts.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { copiedRunsFrom, jsonStrings, words } from '../support/originality.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const sharedDir = path.resolve(repoRoot, '..', 'shared');
const referenceDir = path.join(sharedDir, 'reference');
const seedDir = path.join(sharedDir, 'seed');

const dataText = readFileSync(path.join(repoRoot, 'src', 'data', 'clusters.json'), 'utf8');
const data = JSON.parse(dataText);

const factsJsonText = readFileSync(path.join(referenceDir, 'clusters-facts.json'), 'utf8');
const factsMdText = readFileSync(path.join(referenceDir, 'clusters-facts.md'), 'utf8');
const verificationText = readFileSync(path.join(referenceDir, 'clusters-facts-verification.md'), 'utf8');
const factsJson = JSON.parse(factsJsonText);
const seedTexts = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(seedDir, f), 'utf8'));
const referenceText = [factsJsonText, factsMdText, verificationText].join('\n');

const CLUSTER_IDS = [
  'clean', 'energy-cluster-denmark', 'food-bio-cluster-denmark', 'marlog', 'danish-life-science-cluster',
  'we-build-denmark', 'made', 'digitallead', 'copenhagen-fintech', 'odense-robotics', 'lifestyle-design-cluster',
  'vision-denmark', 'danish-sound-cluster', 'censec',
];
const AREA_IDS = [
  'environment', 'energy', 'food-bio', 'maritime-logistics', 'life-science-welfare', 'construction',
  'advanced-manufacturing', 'digital', 'fintech', 'robotics', 'design-fashion-furniture', 'digital-visual', 'sound',
  'defence-space-security',
];
const REGION_IDS = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'];
const ROLES = ['head-office', 'office', 'hub', 'planned-head-office'];
const HEAD_ROLES = new Set(['head-office', 'planned-head-office']);
const UNCERTAIN_FIELDS = ['area', 'region', 'locations', 'website', 'founded', 'predecessors', 'status', 'programmes'];
const PROGRAMME_2025 = ['confirmed', 'reported-out', 'conflicting', 'unknown'];
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/;

/** Head office (city, region) per cluster, as the fact base and verification settle it; null = none known. */
const EXPECTED_HEAD = {
  clean: { city: 'Sønderborg', role: 'head-office', region: 'DK-83' },
  'energy-cluster-denmark': { city: 'Aalborg', role: 'head-office', region: 'DK-81' },
  'food-bio-cluster-denmark': { city: 'Aarhus', role: 'head-office', region: 'DK-82' },
  marlog: { city: 'København', role: 'planned-head-office', region: 'DK-84' },
  'danish-life-science-cluster': { city: 'København', role: 'head-office', region: 'DK-84' },
  'we-build-denmark': { city: 'Albertslund', role: 'head-office', region: 'DK-84' },
  made: null,
  digitallead: { city: 'Aarhus', role: 'head-office', region: 'DK-82' },
  'copenhagen-fintech': { city: 'København', role: 'head-office', region: 'DK-84' },
  'odense-robotics': { city: 'Odense', role: 'head-office', region: 'DK-83' },
  'lifestyle-design-cluster': { city: 'Herning', role: 'head-office', region: 'DK-82' },
  'vision-denmark': null,
  'danish-sound-cluster': { city: 'Struer', role: 'head-office', region: 'DK-82' },
  censec: null,
};

const byId = new Map(data.clusters.map((c) => [c.id, c]));
const cluster = (id) => {
  const c = byId.get(id);
  assert.ok(c, `cluster ${id} is missing`);
  return c;
};
const headOffices = (c) => (c.locations ?? []).filter((l) => HEAD_ROLES.has(l.role));

/** Sentences: split after . ! ? when whitespace and an upper-case letter follow (so "1. juli" stays whole). */
function sentences(text) {
  return text.trim().split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/u).filter((s) => s.trim().length > 0);
}

const copiedRuns = copiedRunsFrom([...jsonStrings(factsJson), factsMdText, verificationText, ...seedTexts]);

/** Numbers in a text, with thousands separators removed ("3,200" and "3.200" both give 3200). */
function numbers(text) {
  return (text.replace(/(\d)[.,](?=\d{3}\b)/g, '$1').match(/\d+(?:[.,]\d+)?/g) ?? [])
    .map((n) => n.replace(',', '.'))
    .sort();
}

// ---------------------------------------------------------------- dataset shape

test('dataset: version 1, asOf 2026-11, arrays present', () => {
  assert.equal(data.version, 1);
  assert.equal(data.asOf, '2026-11');
  for (const key of ['clusters', 'strengthAreas', 'regions', 'milestones']) {
    assert.ok(Array.isArray(data[key]), `${key} is an array`);
  }
});

test('dataset: pretty-printed with 2-space indentation and a final newline', () => {
  assert.equal(dataText, `${JSON.stringify(data, null, 2)}\n`);
});

// The `danish-clusters/data` entry (data + code) has an 11,264-byte gzip budget; the JSON gets at most 7,800 of it.
test('dataset: minified JSON is at most 7,800 bytes gzip -9 (its share of the data budget)', () => {
  const size = gzipSync(JSON.stringify(data), { level: 9 }).length;
  assert.ok(size <= 7800, `${size} bytes`);
});

test('locations: city names are Danish (København, not Copenhagen)', () => {
  for (const c of data.clusters) {
    for (const l of c.locations ?? []) assert.notEqual(l.city, 'Copenhagen', c.id);
  }
});

test('clusters: exactly the 14 ids, in order, no duplicates', () => {
  const ids = data.clusters.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicate ids');
  assert.deepEqual(ids, CLUSTER_IDS);
});

test('strength areas: exactly the 14 ids, each with da and en names', () => {
  assert.deepEqual(data.strengthAreas.map((a) => a.id), AREA_IDS);
  for (const a of data.strengthAreas) {
    assert.ok(a.name.da.trim() && a.name.en.trim(), `${a.id} has both names`);
  }
});

test('strength areas: one per cluster, in cluster order', () => {
  assert.deepEqual(data.clusters.map((c) => c.area), AREA_IDS);
});

test('regions: the five DK-8x ids with their official names', () => {
  assert.deepEqual(data.regions, [
    { id: 'DK-81', name: { da: 'Region Nordjylland', en: 'North Denmark Region' } },
    { id: 'DK-82', name: { da: 'Region Midtjylland', en: 'Central Denmark Region' } },
    { id: 'DK-83', name: { da: 'Region Syddanmark', en: 'Region of Southern Denmark' } },
    { id: 'DK-84', name: { da: 'Region Hovedstaden', en: 'Capital Region of Denmark' } },
    { id: 'DK-85', name: { da: 'Region Sjælland', en: 'Region Zealand' } },
  ]);
});

test('names: each cluster name is the one the fact base gives', () => {
  const factNames = new Map(factsJson.clusters.map((c) => [c.id, c.name]));
  for (const c of data.clusters) assert.equal(c.name, factNames.get(c.id), c.id);
});

// ---------------------------------------------------------------- per-cluster checks

for (const id of CLUSTER_IDS) {
  test(`${id}: area is a known strength area`, () => {
    assert.ok(AREA_IDS.includes(cluster(id).area));
  });

  test(`${id}: region is null or a DK-8x id`, () => {
    const { region } = cluster(id);
    assert.ok(region === null || REGION_IDS.includes(region), String(region));
  });

  test(`${id}: head-office rule (region null iff no head office; at most one head office)`, () => {
    const c = cluster(id);
    const heads = headOffices(c);
    assert.ok(heads.length <= 1, 'at most one head-office/planned-head-office');
    assert.equal(c.region === null, heads.length === 0, 'region is null exactly when there is no head office');
  });

  test(`${id}: head office and region as the fact base settles them`, () => {
    const c = cluster(id);
    const expected = EXPECTED_HEAD[id];
    const heads = headOffices(c);
    if (expected === null) {
      assert.equal(heads.length, 0);
      assert.equal(c.region, null);
    } else {
      assert.equal(heads.length, 1);
      assert.equal(heads[0].city, expected.city);
      assert.equal(heads[0].role, expected.role);
      assert.equal(c.region, expected.region);
    }
  });

  test(`${id}: locations have a city, a known role and coordinates inside Denmark`, () => {
    for (const l of cluster(id).locations ?? []) {
      assert.equal(typeof l.city, 'string');
      assert.ok(l.city.trim(), 'city');
      assert.ok(ROLES.includes(l.role), l.role);
      assert.ok(Number.isFinite(l.lat) && l.lat >= 54.5 && l.lat <= 57.8, `${l.city} lat ${l.lat}`);
      assert.ok(Number.isFinite(l.lon) && l.lon >= 8.0 && l.lon <= 15.2, `${l.city} lon ${l.lon}`);
    }
  });

  test(`${id}: website is https or null`, () => {
    const { website } = cluster(id);
    assert.ok(website === null || /^https:\/\/[^\s]+$/.test(website), String(website));
  });

  test(`${id}: founded is ISO 8601 with its precision, or null`, () => {
    const { founded } = cluster(id);
    assert.ok(founded === null || ISO_DATE.test(founded), String(founded));
  });

  test(`${id}: status and programmes have known values`, () => {
    const c = cluster(id);
    assert.ok(['active', 'ceased'].includes(c.status.state));
    if (c.status.since !== undefined) assert.match(c.status.since, ISO_DATE);
    assert.equal(c.programmes['2021-2024'], 'appointed');
    assert.ok(PROGRAMME_2025.includes(c.programmes['2025-2028']));
  });

  test(`${id}: predecessors is an array of non-empty strings`, () => {
    const { predecessors } = cluster(id);
    assert.ok(Array.isArray(predecessors));
    for (const p of predecessors) assert.ok(typeof p === 'string' && p.trim());
  });

  test(`${id}: 1–4 sources, all http(s) URLs found in the reference files`, () => {
    const { sources } = cluster(id);
    assert.ok(sources.length >= 1 && sources.length <= 4, `${sources.length} sources`);
    assert.equal(new Set(sources).size, sources.length, 'no duplicate sources');
    for (const s of sources) {
      assert.match(s, HTTP_URL);
      assert.ok(referenceText.includes(s), `source not in the reference files: ${s}`);
    }
  });

  for (const lang of ['da', 'en']) {
    test(`${id}: description (${lang}) is 2–4 sentences`, () => {
      const text = cluster(id).description[lang];
      assert.equal(typeof text, 'string');
      assert.ok(text.trim(), 'non-empty');
      assert.match(text.trim(), /[.!?]$/, 'ends a sentence');
      const n = sentences(text).length;
      assert.ok(n >= 2 && n <= 4, `${n} sentences`);
    });

    test(`${id}: description (${lang}) copies no 8-word run from the seed or the fact base`, () => {
      assert.deepEqual(copiedRuns(cluster(id).description[lang]), []);
    });
  }

  test(`${id}: description states the same numbers in both languages`, () => {
    const { da, en } = cluster(id).description;
    assert.deepEqual(numbers(da), numbers(en));
  });

  test(`${id}: focus keywords in both languages, same count (1–4), non-empty`, () => {
    const { da, en } = cluster(id).focus;
    assert.ok(Array.isArray(da) && Array.isArray(en));
    assert.equal(da.length, en.length);
    assert.ok(da.length >= 1 && da.length <= 4, `${da.length} keywords`);
    for (const k of [...da, ...en]) assert.ok(typeof k === 'string' && k.trim());
  });

  test(`${id}: uncertain names only known fields, without repeats`, () => {
    const { uncertain } = cluster(id);
    assert.ok(Array.isArray(uncertain));
    assert.equal(new Set(uncertain).size, uncertain.length);
    for (const f of uncertain) assert.ok(UNCERTAIN_FIELDS.includes(f), f);
  });
}

// ---------------------------------------------------------------- facts the verification settles

test('fact: Danish Life Science Cluster founded 2020-11-24 (verification correction)', () => {
  assert.equal(cluster('danish-life-science-cluster').founded, '2020-11-24');
});

test('fact: Danish Sound Cluster 2025-2028 is conflicting and marked uncertain', () => {
  const c = cluster('danish-sound-cluster');
  assert.equal(c.programmes['2025-2028'], 'conflicting');
  assert.ok(c.uncertain.includes('programmes'));
});

test('fact: MADE 2025-2028 confirmed', () => {
  assert.equal(cluster('made').programmes['2025-2028'], 'confirmed');
});

test('fact: MARLOG ceased in 2022 and is reported out of 2025-2028', () => {
  const c = cluster('marlog');
  assert.equal(c.status.state, 'ceased');
  assert.match(c.status.since, /^2022(-\d{2})?$/);
  assert.equal(c.programmes['2025-2028'], 'reported-out');
});

test('fact: every cluster but MARLOG is active', () => {
  for (const c of data.clusters) {
    if (c.id !== 'marlog') assert.deepEqual(c.status, { state: 'active' }, c.id);
  }
});

test('fact: 2025-2028 is unknown for all clusters the sources do not settle', () => {
  const settled = { made: 'confirmed', marlog: 'reported-out', 'danish-sound-cluster': 'conflicting' };
  for (const c of data.clusters) assert.equal(c.programmes['2025-2028'], settled[c.id] ?? 'unknown', c.id);
});

test('fact: MARLOG head office is planned (København), uncertain; defunct website is not live', () => {
  const c = cluster('marlog');
  assert.deepEqual(headOffices(c).map((l) => [l.city, l.role]), [['København', 'planned-head-office']]);
  assert.ok(c.uncertain.includes('locations') && c.uncertain.includes('region'));
  assert.equal(typeof c.website, 'string');
  assert.equal(c.websiteLive, false);
});

test('fact: only MARLOG carries websiteLive', () => {
  for (const c of data.clusters) {
    if (c.id !== 'marlog') assert.equal(c.websiteLive, undefined, c.id);
  }
});

test('fact: CLEAN head office Sønderborg (uncertain) and an office in København', () => {
  const c = cluster('clean');
  assert.ok(c.locations.some((l) => l.city === 'København' && l.role === 'office'));
  assert.ok(c.uncertain.includes('locations') && c.uncertain.includes('region'));
});

test('fact: MADE, Vision Denmark and CenSec have no head office and region null', () => {
  for (const id of ['made', 'vision-denmark', 'censec']) {
    const c = cluster(id);
    assert.equal(c.region, null, id);
    assert.equal(headOffices(c).length, 0, id);
  }
});

test('fact: Vision Denmark keeps Viborg, Aarhus and København as hubs', () => {
  assert.deepEqual(
    cluster('vision-denmark').locations.map((l) => [l.city, l.role]),
    [['Viborg', 'hub'], ['Aarhus', 'hub'], ['København', 'hub']],
  );
});

test('fact: CenSec website is unknown (null); DigitalLead founding is unknown (null)', () => {
  assert.equal(cluster('censec').website, null);
  assert.equal(cluster('digitallead').founded, null);
});

test('fact: We Build Denmark keeps its medium-confidence website, listed as uncertain', () => {
  const c = cluster('we-build-denmark');
  assert.equal(c.website, 'https://webuilddenmark.dk');
  assert.ok(c.uncertain.includes('website'));
  assert.ok(c.uncertain.includes('locations'), 'head office conflict (Albertslund vs none)');
});

// ---------------------------------------------------------------- milestones

test('milestones: ISO dates, sorted by date', () => {
  const dates = data.milestones.map((m) => m.date);
  for (const d of dates) assert.match(d, ISO_DATE);
  const sorted = [...dates].sort();
  assert.deepEqual(dates, sorted);
});

test('milestones: include the key programme dates', () => {
  const dates = new Set(data.milestones.map((m) => m.date));
  for (const d of ['2003', '2013-04', '2014', '2016', '2018-05-24', '2019-04', '2020-05-27', '2020-10-01',
    '2021-01-01', '2022-09', '2024-05-15', '2024-10', '2025']) {
    assert.ok(dates.has(d), d);
  }
  assert.ok(data.milestones.some((m) => m.date.startsWith('2022') && /MARLOG/.test(m.title.en)), 'MARLOG 2022');
});

for (const [i, m] of data.milestones.entries()) {
  test(`milestone ${i} (${m.date}): bilingual one-sentence title and sources from the reference files`, () => {
    for (const lang of ['da', 'en']) {
      assert.ok(m.title[lang].trim(), lang);
      assert.equal(sentences(m.title[lang]).length, 1, `${lang}: one sentence`);
    }
    assert.deepEqual(numbers(m.title.da), numbers(m.title.en), 'same numbers in both languages');
    assert.ok(m.sources.length >= 1);
    for (const s of m.sources) {
      assert.match(s, HTTP_URL);
      assert.ok(referenceText.includes(s), `source not in the reference files: ${s}`);
    }
  });

  test(`milestone ${i} (${m.date}): title copies no 8-word run from the seed or the fact base`, () => {
    assert.deepEqual(copiedRuns(m.title.da), []);
    assert.deepEqual(copiedRuns(m.title.en), []);
  });
}

// ---------------------------------------------------------------- the checker itself

test('originality checker flags copied runs and passes fresh text (self-test)', () => {
  const fromFacts = words(factsMdText).slice(200, 212).join(' ');
  const fromVerification = words(verificationText).slice(300, 312).join(' ');
  const fromSeed = words(seedTexts.join('\n')).slice(40, 52).join(' ');
  for (const sample of [fromFacts, fromVerification, fromSeed]) {
    assert.ok(copiedRuns(`Intro words here. ${sample}`).length > 0, sample);
  }
  assert.deepEqual(copiedRuns('Completely fresh words that nobody wrote in any fact file at all today.'), []);
});

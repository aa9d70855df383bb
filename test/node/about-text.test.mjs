// The about text of <cluster-about> (src/i18n/about-*.ts) against the seed page and the fact base in
// ../shared/: our own words (no 8-word run shared with either), the same facts in Danish and English, and
// only https sources the fact base names.
// Run: node --test test/node/about-text.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { copiedRunsFrom, jsonStrings } from '../support/originality.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const sharedDir = path.resolve(repoRoot, '..', 'shared');
const referenceDir = path.join(sharedDir, 'reference');
const seedDir = path.join(sharedDir, 'seed');

const factsJsonText = readFileSync(path.join(referenceDir, 'clusters-facts.json'), 'utf8');
const factsMdText = readFileSync(path.join(referenceDir, 'clusters-facts.md'), 'utf8');
const verificationText = readFileSync(path.join(referenceDir, 'clusters-facts-verification.md'), 'utf8');
const seedTexts = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(seedDir, f), 'utf8'));

/** The TypeScript modules under src/i18n/ that `contents` imports, bundled by esbuild (a devDependency). */
async function bundle(contents, minify = false) {
  const result = await build({
    stdin: { contents, resolveDir: path.join(repoRoot, 'src', 'i18n'), loader: 'ts' },
    bundle: true,
    minify,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
const PROSE = "export { aboutDa } from './about-da.ts';\nexport { aboutEn } from './about-en.ts';\n";
const code = await bundle(`export * from './about-strings.ts';\n${PROSE}`);
const { ABOUT_TOPICS, ABOUT_SOURCES, aboutDa, aboutEn, sectionSources } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const about = { da: aboutDa, en: aboutEn };
const LANGUAGES = ['da', 'en'];

// ---------------------------------------------------------------- the originality rule (test/support/originality.mjs)

const copiedRuns = copiedRunsFrom([...jsonStrings(JSON.parse(factsJsonText)), factsMdText, verificationText, ...seedTexts]);

/** Numbers in a text, with thousands separators removed ("18,058" and "18.058" both give 18058). */
function numbers(text) {
  return (text.replace(/(\d)[.,](?=\d{3}\b)/g, '$1').match(/\d+(?:[.,]\d+)?/g) ?? [])
    .map((n) => n.replace(',', '.'))
    .sort();
}

const blocks = (section) => [...section.paragraphs, ...(section.list ?? [])];
/** Every text a visitor reads, per language: headings, paragraphs and list items. */
const allTexts = (language) =>
  ABOUT_TOPICS.flatMap((topic) => [about[language][topic].heading, ...blocks(about[language][topic]).map((b) => b.text)]);

// ---------------------------------------------------------------- tests

test('both languages have exactly the four topics, in the order of the public API', () => {
  assert.deepEqual([...ABOUT_TOPICS], ['what-is-a-cluster', 'central-role', 'cluster-organisation', 'history']);
  for (const language of LANGUAGES) assert.deepEqual(Object.keys(about[language]), [...ABOUT_TOPICS], language);
});

test('da and en: the same blocks with the same sources, dates, uncertainty marks and numbers', () => {
  for (const topic of ABOUT_TOPICS) {
    const [da, en] = [about.da[topic], about.en[topic]];
    assert.equal(da.paragraphs.length, en.paragraphs.length, `${topic}: paragraphs`);
    assert.equal((da.list ?? []).length, (en.list ?? []).length, `${topic}: list items`);
    const [daBlocks, enBlocks] = [blocks(da), blocks(en)];
    daBlocks.forEach((block, i) => {
      const other = enBlocks[i];
      const where = `${topic} block ${i}`;
      assert.deepEqual(block.sources, other.sources, `${where}: sources`);
      assert.equal(block.date, other.date, `${where}: date`);
      assert.equal(block.uncertain, other.uncertain, `${where}: uncertain`);
      assert.deepEqual(numbers(block.text), numbers(other.text), `${where}: numbers\n  da: ${block.text}\n  en: ${other.text}`);
    });
    assert.deepEqual(numbers(da.heading), numbers(en.heading), `${topic}: heading numbers`);
  }
});

test('no 8-word run is shared with the seed page or the fact base', () => {
  for (const language of LANGUAGES) {
    for (const text of allTexts(language)) {
      const copied = copiedRuns(text);
      assert.deepEqual(copied, [], `${language}: "${text.slice(0, 60)}…"`);
    }
  }
});

test('every block cites at least one source; every topic lists at least one', () => {
  for (const language of LANGUAGES) {
    for (const topic of ABOUT_TOPICS) {
      const section = about[language][topic];
      for (const block of blocks(section)) assert.ok(block.sources.length > 0, `${language} ${topic}: ${block.text.slice(0, 40)}`);
      assert.ok(sectionSources(section).length > 0, `${language} ${topic}`);
    }
  }
});

/**
 * The fact base's URLs. Its source list abbreviates sibling pages ("…/klyngehistorie/ ; /hvad-er-en-klynge/"):
 * a path after " ; " is taken relative to the folder of the full URL before it.
 */
function referenceUrls() {
  const text = [factsJsonText, factsMdText, verificationText].join('\n');
  const urls = new Set(text.match(/https?:\/\/[^\s"'`)<>,]+/g) ?? []);
  for (const line of factsMdText.split('\n')) {
    let base;
    for (const part of line.split(/\s;\s/)) {
      const full = part.match(/https?:\/\/\S+/);
      if (full) base = full[0];
      else if (base && /^\s*\/[\w-]+\/\s*$/.test(part)) urls.add(new URL(`..${part.trim()}`, base).href);
    }
  }
  return urls;
}

test('sources: https pages that the fact base names; each topic names each host once', () => {
  const known = referenceUrls();
  for (const url of ABOUT_SOURCES) {
    assert.match(url, /^https:\/\//, url);
    assert.ok(known.has(url), `${url} is not in the fact base`);
  }
  for (const topic of ABOUT_TOPICS) {
    const hosts = sectionSources(about.da[topic]).map((url) => new URL(url).hostname.replace(/^www\./, ''));
    assert.equal(new Set(hosts).size, hosts.length, `${topic}: ${hosts.join(', ')}`);
  }
  const used = new Set(ABOUT_TOPICS.flatMap((topic) => blocks(about.da[topic]).flatMap((b) => b.sources)));
  assert.deepEqual([...used].sort(), [...ABOUT_SOURCES].sort(), 'every source is cited, and only those');
});

test('dates are ISO 8601 at year, month or day precision', () => {
  for (const topic of ABOUT_TOPICS) {
    for (const block of blocks(about.da[topic])) {
      if (block.date !== undefined) assert.match(block.date, /^\d{4}(-\d{2}(-\d{2})?)?$/, block.text);
    }
  }
});

// The CDN bundle holds every element under one gzip budget (bench/budgets.json), and this text is its
// biggest piece of prose: both languages with their sources, minified as they ship, are guarded here.
const TEXT_BUDGET = 3300;
test(`compact: 80–180 words per topic and language; the text at most ${TEXT_BUDGET} bytes gzip`, async () => {
  for (const language of LANGUAGES) {
    for (const topic of ABOUT_TOPICS) {
      const section = about[language][topic];
      const count = [section.heading, ...blocks(section).map((b) => b.text)].join(' ').split(/\s+/).length;
      assert.ok(count >= 80 && count <= 180, `${language} ${topic}: ${count} words`);
    }
  }
  const size = gzipSync(await bundle(PROSE, true), { level: 9 }).length;
  assert.ok(size <= TEXT_BUDGET, `${size} bytes gzip`);
});

test('the seed’s “there are 14” is dated, and the count goes 14 → 13 → 11', () => {
  for (const language of LANGUAGES) {
    const dates = ABOUT_TOPICS.flatMap((topic) => blocks(about[language][topic]).map((b) => b.date ?? ''));
    const text = [...allTexts(language), ...dates].join(' ');
    for (const fact of ['14', '13', '11', 'MARLOG', '2021', '2022', '2025–2028', '2003', '40–60', '2020–2023']) {
      assert.ok(text.includes(fact), `${language}: ${fact}`);
    }
  }
  assert.ok(allTexts('da').join(' ').includes('18.058'));
  assert.ok(allTexts('en').join(' ').includes('18,058'));
});

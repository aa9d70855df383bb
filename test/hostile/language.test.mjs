/**
 * A page in a third language and a right-to-left page (issue 9, item 7), in headless Chromium.
 *
 * Language (DESIGN.md): the element's `lang`, else the nearest ancestor's, else `<html lang>`; `da*` →
 * Danish, any other declared language → English, nothing declared → Danish. A German page
 * (`<html lang="de">`) holds every element three times: inheriting German, inside `lang="en"` and
 * inside `lang="da"`, plus a card with its own `lang="da"`. What each element says (its shadow text,
 * accessible names and tooltips) must equal the English copy's and differ from the Danish copy's; its
 * layout must equal the English copy's (boxes within 1 px, colours equal). With `<html lang>` removed,
 * the inheriting copies must turn Danish. The language in use must also be declared on the rendered text
 * (WCAG 3.1.2 Language of Parts: English strings inside a German page are read as German otherwise).
 *
 * Right to left: an Arabic page (`<html lang="ar" dir="rtl">`) holds every element and, in a
 * `dir="ltr" lang="en"` section, an English copy. The strings are Danish or English, so the elements keep
 * left-to-right text and layout (src/internal/styles.ts): the RTL copy must say what the English copy
 * says, lay out identically (1 px; the map, being geography, never mirrors), draw every text left to
 * right (first character left of the last on a line, a text's last character ends its line), and have
 * nothing outside its element nor sideways scroll. A control forces the timeline right to left (a page
 * rule on the host) and the reading-order check must catch its dates.
 */
/* global document, getComputedStyle, innerWidth -- the browser's, for functions that run in the page */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { ES } from './support/built.mjs';
import { compareLayouts } from './support/compare.mjs';
import { MEASURE, STAGE_CSS, moduleScript, page, startSite, stylesheet, whenRendered } from './support/pages.mjs';

const ELEMENTS = [
  '<div class="slot"><cluster-list></cluster-list></div>',
  '<div class="slot narrow"><cluster-map></cluster-map></div>',
  '<div class="slot narrow"><cluster-card cluster="marlog"></cluster-card></div>',
  '<div class="slot"><cluster-explorer></cluster-explorer></div>',
  '<div class="slot"><cluster-about></cluster-about></div>',
  '<div class="slot"><cluster-timeline></cluster-timeline></div>',
].join('');
const section = (attributes) => `<section ${attributes}>${ELEMENTS}</section>`;
const head = [stylesheet(STAGE_CSS), moduleScript(ES)];

const counts = { pages: 0, fallbacks: 0, layouts: 0, boxes: 0, readingOrder: 0, declared: 0 };
let server;
let browser;
let tab;

before(async () => {
  server = await startSite(() => [
    [
      '/third-language.html',
      {
        body: page(
          head,
          section('id="inherit"') + section('id="en" lang="en"') + section('id="da" lang="da"') +
            '<section id="own"><div class="slot narrow"><cluster-card cluster="marlog" lang="da"></cluster-card></div></section>',
          'lang="de"',
        ),
      },
    ],
    [
      '/rtl.html',
      {
        body: page(
          head,
          section('id="rtl"') + section('id="ltr" dir="ltr" lang="en"'),
          'lang="ar" dir="rtl"',
        ),
      },
    ],
  ]);
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.problems = [];
  tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && tab.problems.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (error) => tab.problems.push(`pageerror: ${error}`));
});

after(async () => {
  await browser?.close();
  await server?.close();
  console.log(
    `hostile language: ${counts.pages} pages (German, Arabic rtl); ${counts.fallbacks} language fallbacks checked, ` +
      `${counts.layouts} layouts compared (${counts.boxes} boxes within 1 px), ${counts.readingOrder} texts in reading order, ` +
      `${counts.declared} elements' declared text language checked`,
  );
});

/** Per section id: each element's tag, text, layout, languages and problems (pages/measure.js). */
function sections(ids) {
  return tab.evaluate(
    async ([url, ids]) => {
      const m = await import(url);
      return Object.fromEntries(
        ids.map((id) => [
          id,
          m.hosts(document.getElementById(id)).map((host) => ({
            tag: host.localName,
            direction: getComputedStyle(host.shadowRoot.firstElementChild ?? host).direction,
            text: m.shadowText(host),
            layout: m.shadowLayout(host),
            languages: m.textLanguages(host),
            reading: m.readingOrderProblems(host.shadowRoot),
            sideways: m.sidewaysProblems(host),
          })),
        ]),
      );
    },
    [MEASURE, ids],
  );
}

/** Asserts `seen` lays out as `expected` (boxes within 1 px, colours equal), counting what was compared. */
function assertSameLayout(label, seen, expected) {
  const result = compareLayouts(seen, expected, 1);
  assert.deepEqual(result.differences, [], `${label}: layout as the English copy's`);
  counts.layouts += 1;
  counts.boxes += result.boxes;
}

test('a German page: elements without their own lang speak English, lang="da" wins, layout as in English', async () => {
  await tab.goto(`${server.url}/third-language.html`);
  await whenRendered(tab);
  counts.pages += 1;
  const seen = await sections(['inherit', 'en', 'da', 'own']);
  assert.equal(seen.inherit.length, 6);
  seen.inherit.forEach((element, i) => {
    const label = `<${element.tag}> on a German page`;
    assert.equal(element.text, seen.en[i].text, `${label}: says what the English copy says`);
    assert.notEqual(element.text, seen.da[i].text, `${label}: not what the Danish copy says`);
    assertSameLayout(label, element.layout, seen.en[i].layout);
    assert.deepEqual(element.sideways.problems, [], `${label}: nothing sticks out`);
    counts.fallbacks += 1;
  });
  assert.equal(seen.own[0].text, seen.da[2].text, 'a card with its own lang="da" on a German page speaks Danish');
  counts.fallbacks += 1;
  assert.deepEqual(tab.problems, []);
});

test('no language declared anywhere (<html lang> removed): the inheriting elements turn Danish', async () => {
  await tab.evaluate(() => document.documentElement.removeAttribute('lang'));
  const expected = (await sections(['da'])).da.map((element) => element.text);
  await tab.waitForFunction(
    ([url, expected]) =>
      import(url).then((m) => m.hosts(document.getElementById('inherit')).every((host, i) => m.shadowText(host) === expected[i])),
    [MEASURE, expected],
  );
  counts.fallbacks += 6;
});

test('the language in use is declared on the rendered text (WCAG 3.1.2), on a German page', async () => {
  await tab.evaluate(() => document.documentElement.setAttribute('lang', 'de'));
  await tab.waitForFunction(
    (url) => import(url).then((m) => m.shadowText(document.querySelector('#inherit cluster-card')) === m.shadowText(document.querySelector('#en cluster-card'))),
    MEASURE,
  );
  const seen = await sections(['inherit']);
  const wrong = seen.inherit
    .map(({ tag, languages }) => ({ tag, undeclared: Object.entries(languages).filter(([lang]) => !/^en\b/i.test(lang)) }))
    .filter(({ undeclared }) => undeclared.length > 0)
    .map(({ tag, undeclared }) => `<${tag}>: English text declared as ${undeclared.map(([lang, n]) => `"${lang}" (${n} texts)`).join(', ')}`);
  counts.declared += seen.inherit.length;
  assert.deepEqual(wrong, [], 'every visible text of the English fallback is inside lang="en"');
});

test('a right-to-left Arabic page: English, left-to-right text and layout as in English, nothing sticks out', async () => {
  await tab.goto(`${server.url}/rtl.html`);
  await whenRendered(tab);
  counts.pages += 1;
  const seen = await sections(['rtl', 'ltr']);
  assert.equal(seen.rtl.length, 6);
  seen.rtl.forEach((element, i) => {
    const label = `<${element.tag}> on a right-to-left page`;
    assert.equal(element.text, seen.ltr[i].text, `${label}: says what the English copy says`);
    assert.equal(element.direction, 'ltr', `${label}: its content runs left to right`);
    assert.deepEqual(element.reading.problems.slice(0, 5), [], `${label}: every text drawn left to right`);
    assertSameLayout(label, element.layout, seen.ltr[i].layout);
    assert.deepEqual(element.sideways.problems, [], `${label}: nothing sticks out`);
    counts.fallbacks += 1;
    counts.readingOrder += element.reading.texts;
  });
  const scroll = await tab.evaluate(() => [document.scrollingElement.scrollWidth, innerWidth]);
  assert.ok(scroll[0] <= scroll[1], `no sideways scroll: ${scroll}`);
  assert.deepEqual(tab.problems, []);
});

test('control: the reading-order check catches the timeline forced right to left (dates such as "May 2018 24")', async () => {
  const control = await tab.evaluate(async (url) => {
    const timeline = document.querySelector('#rtl cluster-timeline');
    timeline.style.direction = 'rtl'; // a page rule on the host wins over :host
    const found = (await import(url)).readingOrderProblems(timeline.shadowRoot);
    timeline.style.direction = '';
    return found;
  }, MEASURE);
  assert.ok(control.problems.some((p) => p.includes('May 2018')), JSON.stringify(control.problems.slice(0, 5)));
});

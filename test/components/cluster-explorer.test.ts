import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/cluster-explorer.js';
import type { ClusterExplorer } from '../../src/components/cluster-explorer/cluster-explorer.js';
import { dataset } from '../../src/data/index.js';
import type { ClusterFilterChangeDetail, ClusterSelectDetail } from '../../src/internal/events.js';
import { keyFigures } from '../../src/render/key-figures.js';
import { LANGUAGES, MATRIX_TIMEOUT, PAGES, VARIANTS, expectAccessibleAlone, expectAccessibleTogether, expectTextContrast, renderVariants, type Variant } from '../support/theme-matrix.js';
import { press } from '../support/keys.js';
import { settleFrames } from '../support/settle.js';
import { captureConsole, countEvents } from '../support/spies.js';

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dialog = (explorer: Element) => $<HTMLDialogElement>(explorer, 'dialog')!;

/** Lets the map measure itself and regroup, and the list lay out. */
const settle = settleFrames;

/** An explorer in a container `width` px wide. */
async function explorerAt(width: number, template = html`<cluster-explorer></cluster-explorer>`): Promise<ClusterExplorer> {
  const wrapper = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const explorer = wrapper.querySelector('cluster-explorer')!;
  await settle(explorer);
  return explorer;
}

/** A bundled cluster's name by its id. */
const nameOf = (id: string) => dataset.clusters.find((cluster) => cluster.id === id)!.name;
/** The list's card button of a cluster, found by its name (or a bundled cluster's id). */
const cardButton = (explorer: Element, nameOrId: string) => {
  const name = dataset.clusters.some((cluster) => cluster.id === nameOrId) ? nameOf(nameOrId) : nameOrId;
  return $$<HTMLButtonElement>(explorer, '.cards .activate').find((button) => text(button) === name);
};
/** The detail view's facts, term → value (the terms' colons come from CSS). */
const facts = (explorer: Element) =>
  Object.fromEntries([...dialog(explorer).querySelectorAll('.fact')].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))]));
/** A single marker (not a group) on the map, by the cluster's name. */
const marker = (explorer: Element, name: string) =>
  $$<HTMLButtonElement>(explorer, '.pin[part="marker"]').find((pin) => pin.getAttribute('aria-label')!.startsWith(`${name},`));
const focusedIn = (explorer: Element) => explorer.shadowRoot!.activeElement;
const selectedCards = (explorer: Element) => $$(explorer, '.card.selected .name').map(text);
const currentPins = (explorer: Element) => $$(explorer, '.pin[aria-current="true"]').map((pin) => pin.getAttribute('aria-label')!);

/** A small dataset of invented clusters, to show the key figures are counted, not fixed. */
const INVENTED = {
  version: 1,
  asOf: '2030-05',
  clusters: [
    {
      id: 'ex-a', name: 'Eksempel A', area: 'robotics', region: 'DK-81', status: { state: 'active' },
      programmes: { '2021-2024': 'appointed', '2025-2028': 'confirmed' },
      locations: [{ city: 'Aalborg', lat: 57.05, lon: 9.92, role: 'head-office' }],
    },
    {
      id: 'ex-b', name: 'Eksempel B', area: 'energy', region: 'DK-83', status: { state: 'ceased', since: '2029' },
      programmes: { '2021-2024': 'appointed' },
      locations: [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' }],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------

describe('<cluster-explorer>', () => {
  describe('header and key figures', () => {
    it('shows the key figures counted from the bundled data, and its date', async () => {
      const explorer = await explorerAt(1000);
      const figures = keyFigures(dataset);
      // The bundled data's facts: 14 appointed, MARLOG ceased, MADE the one confirmed for 2025–2028,
      // 14 strength areas, head offices in 4 regions (none in Region Sjælland; MADE, Vision Denmark and
      // CenSec have no head office in the data).
      expect(figures.appointed).to.equal(14);
      expect(figures.active).to.equal(13);
      expect(figures.confirmed).to.equal(1);
      expect(figures.areas).to.equal(14);
      expect(figures.regions).to.equal(4);
      const items = $$(explorer, '[part="figures"] li').map(text);
      expect(items).to.deep.equal([
        `${figures.appointed} udpeget for 2021–2024`,
        `${figures.active} stadig aktive`,
        `${figures.confirmed} bekræftet for 2025–2028`,
        `${figures.areas} styrkepositioner`,
        `${figures.regions} regioner med et hovedkontor`,
      ]);
      expect(text($(explorer, '[part="as-of"]'))).to.equal('Data pr. november 2026');
      expect($(explorer, 'h2.title'), 'an h2 title').not.to.equal(null);
    });

    it('key figures follow the data: other data, other figures', async () => {
      const explorer = await explorerAt(1000);
      explorer.clusters = INVENTED;
      await settle(explorer);
      expect($$(explorer, '[part="figures"] li').map(text)).to.deep.equal([
        '2 udpeget for 2021–2024',
        '1 stadig aktive',
        '1 bekræftet for 2025–2028',
        '2 styrkepositioner',
        '2 regioner med et hovedkontor',
      ]);
      expect(text($(explorer, '[part="as-of"]'))).to.equal('Data pr. maj 2030');
      expect($$(explorer, '.cards .card')).to.have.length(2);
      expect($$(explorer, '.pin')).to.have.length(2);
    });

    it('speaks English under lang="en"', async () => {
      const explorer = await explorerAt(1000, html`<cluster-explorer lang="en"></cluster-explorer>`);
      expect(text($(explorer, '.title'))).to.equal('Denmark’s national clusters');
      expect(text($(explorer, '[part="figures"] li'))).to.equal('14 appointed for 2021–2024');
      expect(text($(explorer, '[part="as-of"]'))).to.equal('Data as of November 2026');
    });
  });

  describe('layout', () => {
    it('puts map and list side by side from 720 px of width, stacked below', async () => {
      const wide = await explorerAt(1100);
      const [mapWide, listWide] = [$(wide, '.map-pane')!, $(wide, '.list-pane')!].map((pane) => pane.getBoundingClientRect());
      expect(listWide.left).to.be.at.least(mapWide.right - 1);
      expect(Math.abs(listWide.top - mapWide.top)).to.be.below(2);
      const narrow = await explorerAt(600);
      const [mapNarrow, listNarrow] = [$(narrow, '.map-pane')!, $(narrow, '.list-pane')!].map((pane) => pane.getBoundingClientRect());
      expect(listNarrow.top).to.be.at.least(mapNarrow.bottom - 1);
      expect(Math.abs(listNarrow.left - mapNarrow.left)).to.be.below(2);
    });

    it('does not overflow a 320 px container', async () => {
      const explorer = await explorerAt(320);
      expect(explorer.scrollWidth).to.be.at.most(320);
      for (const element of $$(explorer, '.wrapper > *')) {
        expect(element.getBoundingClientRect().right, element.className).to.be.at.most(explorer.getBoundingClientRect().right + 1);
      }
    });

    it('headings: the title at heading-level, the cards one below', async () => {
      const explorer = await explorerAt(1000, html`<cluster-explorer heading-level="3"></cluster-explorer>`);
      expect($(explorer, 'h3.title'), 'an h3 title').not.to.equal(null);
      expect($$(explorer, '.cards h4.name').length).to.equal(14);
    });
  });

  describe('one selection for map and list', () => {
    it('map → list: a marker selects its card, opens the detail and fires one cluster-select', async () => {
      const explorer = await explorerAt(1100);
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      marker(explorer, 'Odense Robotics')!.click();
      await settle(explorer);
      events.stop();
      expect(events.count).to.equal(1);
      expect(events.last!.id).to.equal('odense-robotics');
      expect(explorer.selected).to.equal('odense-robotics');
      expect(selectedCards(explorer)).to.deep.equal(['Odense Robotics']);
      expect(dialog(explorer).open).to.equal(true);
      expect(text(dialog(explorer).querySelector('.name'))).to.equal('Odense Robotics');
    });

    it('list → map: a card selects its marker, opens the detail and fires one cluster-select', async () => {
      const explorer = await explorerAt(1100);
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      cardButton(explorer, 'Danish Sound Cluster')!.click();
      await settle(explorer);
      events.stop();
      expect(events.count).to.equal(1);
      expect(events.last!.id).to.equal('danish-sound-cluster');
      expect(currentPins(explorer).some((label) => label.includes('Danish Sound Cluster'))).to.equal(true);
      expect(dialog(explorer).open).to.equal(true);
    });

    it('a group member on the map selects once and the card follows', async () => {
      // At 360 px the Copenhagen markers merge into a group.
      const explorer = await explorerAt(360);
      const group = $$<HTMLButtonElement>(explorer, '.pin[part="group"]')[0];
      expect(group, 'a group at 360 px').not.to.equal(undefined);
      group.click();
      await settle(explorer);
      const member = $<HTMLButtonElement>(explorer, '.pop button')!;
      const name = text(member).split(' ')[0];
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      member.click();
      await settle(explorer);
      events.stop();
      expect(events.count).to.equal(1);
      expect(selectedCards(explorer).join()).to.include(name);
      expect(dialog(explorer).open).to.equal(true);
    });
  });

  describe('one filter state', () => {
    it('filtering narrows the list and dims the map: one cluster-filter-change', async () => {
      const explorer = await explorerAt(1100);
      const events = countEvents<ClusterFilterChangeDetail>(document, 'cluster-filter-change');
      const select = $$<HTMLSelectElement>(explorer, 'select')[0];
      select.value = 'robotics';
      select.dispatchEvent(new Event('change'));
      await settle(explorer);
      events.stop();
      expect(events.count).to.equal(1);
      expect(events.last!.area).to.equal('robotics');
      expect(events.last!.count).to.equal(1);
      expect($$(explorer, '.cards .name').map(text)).to.deep.equal(['Odense Robotics']);
      expect(explorer.area).to.equal('robotics');
      const lit = $$(explorer, '.pin:not([data-dim])');
      expect(lit.map((pin) => pin.getAttribute('aria-label')!.split(',')[0])).to.deep.equal(['Odense Robotics']);
      expect($$(explorer, '.pin[data-dim]').length).to.be.greaterThan(5);
    });

    it('filter attributes set by the partner apply to both', async () => {
      const explorer = await explorerAt(1100, html`<cluster-explorer status="ceased"></cluster-explorer>`);
      expect($$(explorer, '.cards .name').map(text)).to.deep.equal([nameOf('marlog')]);
      // MARLOG's (planned) head office is in Copenhagen: its marker may sit in a group; that one stays lit.
      const lit = $$(explorer, '.pin:not([data-dim])');
      expect(lit).to.have.length(1);
      expect(lit[0].getAttribute('aria-label')).to.include(nameOf('marlog'));
    });
  });

  describe('detail view', () => {
    it('shows everything about the cluster: description, status, programmes, places with roles, focus, sources', async () => {
      const explorer = await explorerAt(1100, html`<cluster-explorer lang="en"></cluster-explorer>`);
      cardButton(explorer, 'CLEAN')!.click();
      await settle(explorer);
      const view = dialog(explorer);
      const content = text(view);
      const clean = dataset.clusters.find((cluster) => cluster.id === 'clean')!;
      expect(content).to.include(clean.description!.en);
      expect(facts(explorer)).to.deep.include({
        Status: 'Active',
        'Cluster programme 2021–2024': 'appointed',
        'Cluster programme 2025–2028': 'unknown',
        Founded: '9 May 2014',
      });
      for (const place of clean.locations!) expect(content).to.include(place.city === 'København' ? 'Copenhagen' : place.city);
      expect(content).to.include('Sønderborg, Region of Southern Denmark: head office');
      expect(content).to.include('Copenhagen: office');
      // CLEAN's head office is uncertain in the data: the places are marked.
      expect(text(view.querySelector('.section-title'))).to.include('uncertain');
      expect([...view.querySelectorAll('section')].map((s) => text(s.querySelector('.section-title')))).to.include('Focus');
      const links = [...view.querySelectorAll<HTMLAnchorElement>('section a')].map((a) => a.href);
      expect(links).to.deep.equal(clean.sources!.map((url) => new URL(url).href));
      expect(view.getAttribute('aria-label')).to.equal('CLEAN');
    });

    it('says unknown and keeps a defunct website as text (MARLOG)', async () => {
      const explorer = await explorerAt(1100);
      cardButton(explorer, 'marlog')!.click();
      await settle(explorer);
      const view = dialog(explorer);
      expect(facts(explorer).Status).to.match(/^Ophørt \S+ 2022$/);
      expect(facts(explorer).Hjemmeside).to.include('ikke længere aktiv');
      expect(view.querySelector('.facts a')).to.equal(null);
      expect(text(view)).to.include('planlagt hovedkontor');
    });

    it('mouse: opens on a click, closes with its close button, focus returns to the card', async () => {
      const explorer = await explorerAt(1100);
      const button = cardButton(explorer, 'made')!;
      button.focus();
      button.click();
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(true);
      expect(dialog(explorer).contains(focusedIn(explorer))).to.equal(true);
      $<HTMLButtonElement>(explorer, '[part="close"]')!.click();
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(false);
      expect(explorer.selected).to.equal(undefined);
      expect(focusedIn(explorer)).to.equal(button);
    });

    it('keyboard: Enter on a card opens it with focus inside; Escape closes it and focus returns', async () => {
      const explorer = await explorerAt(1100);
      const button = cardButton(explorer, 'Copenhagen FinTech')!;
      button.focus();
      await press('Enter');
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(true);
      expect(focusedIn(explorer)?.getAttribute('part')).to.equal('close');
      await press('Escape');
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(false);
      expect(focusedIn(explorer)).to.equal(button);
    });

    it('keyboard: the close button closes it with Enter, focus returns to the map marker', async () => {
      const explorer = await explorerAt(1100);
      const pin = marker(explorer, 'Odense Robotics')!;
      pin.focus();
      await press('Enter');
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(true);
      await press('Enter'); // focus is on the close button
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(false);
      expect(focusedIn(explorer)).to.equal(pin);
    });

    it('is modal: the rest of the element is inert while it is open', async () => {
      const explorer = await explorerAt(1100);
      cardButton(explorer, 'made')!.click();
      await settle(explorer);
      expect(dialog(explorer).matches(':modal')).to.equal(true);
      const card = cardButton(explorer, 'CLEAN')!;
      card.focus();
      expect(focusedIn(explorer)).not.to.equal(card);
    });

    it('selected set from script highlights without opening the detail', async () => {
      const explorer = await explorerAt(1100, html`<cluster-explorer selected="made"></cluster-explorer>`);
      expect(selectedCards(explorer)).to.deep.equal([nameOf('made')]);
      expect(dialog(explorer).open).to.equal(false);
    });
  });

  describe('sync-url', () => {
    const originalUrl = window.location.href;
    const parameters = () => new URL(window.location.href).searchParams;
    const goTo = (search: string) => {
      const url = new URL(originalUrl);
      url.search = search;
      window.history.replaceState(window.history.state, '', url);
    };
    afterEach(() => window.history.replaceState(window.history.state, '', originalUrl));

    it('a deep link restores the filters, the selection and the open detail', async () => {
      goTo('?keep=1&cluster-region=DK-84&cluster=copenhagen-fintech');
      const explorer = await explorerAt(1100, html`<cluster-explorer sync-url></cluster-explorer>`);
      expect(explorer.region).to.equal('DK-84');
      expect($$(explorer, '.cards .name').map(text)).to.not.include('Odense Robotics');
      expect(explorer.selected).to.equal('copenhagen-fintech');
      expect(dialog(explorer).open).to.equal(true);
      expect(text(dialog(explorer).querySelector('.name'))).to.equal('Copenhagen FinTech');
      expect(parameters().get('keep')).to.equal('1');
    });

    it('opening a cluster pushes a history entry; Back closes the detail, Forward opens it again', async () => {
      goTo('?keep=1');
      const explorer = await explorerAt(1100, html`<cluster-explorer sync-url></cluster-explorer>`);
      const length = window.history.length;
      const events = countEvents(document, 'cluster-select');
      cardButton(explorer, 'made')!.click();
      await settle(explorer);
      expect(window.history.length).to.equal(length + 1);
      expect(parameters().get('cluster')).to.equal('made');
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
      await settle(explorer);
      expect(parameters().get('cluster')).to.equal(null);
      expect(dialog(explorer).open).to.equal(false);
      expect(explorer.selected).to.equal(undefined);
      const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.forward();
      await forward;
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(true);
      events.stop();
      // Back and Forward are not selections: only the click fired.
      expect(events.count).to.equal(1);
    });

    it('closing the detail pushes an entry without the cluster; filters replace theirs', async () => {
      goTo('');
      const explorer = await explorerAt(1100, html`<cluster-explorer sync-url></cluster-explorer>`);
      const length = window.history.length;
      const select = $$<HTMLSelectElement>(explorer, 'select')[1];
      select.value = 'DK-83';
      select.dispatchEvent(new Event('change'));
      await settle(explorer);
      expect(window.history.length).to.equal(length);
      expect(parameters().get('cluster-region')).to.equal('DK-83');
      cardButton(explorer, 'Odense Robotics')!.click();
      await settle(explorer);
      $<HTMLButtonElement>(explorer, '[part="close"]')!.click();
      await settle(explorer);
      expect(window.history.length).to.equal(length + 2);
      expect(parameters().get('cluster')).to.equal(null);
      expect(parameters().get('cluster-region')).to.equal('DK-83');
    });
  });

  describe('data', () => {
    it('loads src once for everything it draws', async () => {
      const originalFetch = window.fetch;
      let calls = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls += 1;
        return originalFetch(...args);
      };
      try {
        const body = encodeURIComponent(JSON.stringify(INVENTED));
        const explorer = await explorerAt(1100, html`<cluster-explorer src=${`data:application/json,${body}`}></cluster-explorer>`);
        await aTimeout(50);
        await settle(explorer);
        expect(calls).to.equal(1);
        expect($$(explorer, '.cards .card')).to.have.length(2);
        expect($$(explorer, '.pin')).to.have.length(2);
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('bad data: one cluster-data-error, the bundled data, a notice; hostile strings stay text', async () => {
      const console_ = captureConsole();
      const errors = countEvents(document, 'cluster-data-error');
      try {
        const explorer = await explorerAt(1100);
        explorer.clusters = [{ id: 'x' }];
        await settle(explorer);
        expect(errors.count).to.equal(1);
        expect($$(explorer, '.cards .card')).to.have.length(14);
        expect($(explorer, '[part="notice"]'), 'the notice').not.to.equal(null);
        explorer.clusters = [
          { id: 'evil', name: '<img src=x onerror="window.__pwned=1">', area: 'robotics', description: { da: '<script>window.__pwned=1</script>', en: 'x' }, website: 'javascript:alert(1)', locations: [{ city: 'Odense', lat: 55.4, lon: 10.39, role: 'head-office' }] },
        ];
        await settle(explorer);
        cardButton(explorer, '<img src=x onerror="window.__pwned=1">')!.click();
        await settle(explorer);
        expect(dialog(explorer).querySelector('img, script')).to.equal(null);
        expect(text(dialog(explorer))).to.include('<script>');
        expect(dialog(explorer).querySelector('a[href^="javascript"]')).to.equal(null);
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      } finally {
        errors.stop();
        console_.restore();
      }
    });

    it('an invalid attribute value falls back with one warning; a valid one recovers', async () => {
      const console_ = captureConsole();
      try {
        const explorer = await explorerAt(1100, html`<cluster-explorer layout="zigzag"></cluster-explorer>`);
        expect(console_.warnings.filter((w) => w.includes('layout'))).to.have.length(1);
        expect($(explorer, '.cards')!.classList.contains('grid')).to.equal(true);
        explorer.layout = 'list';
        await settle(explorer);
        expect($(explorer, '.cards')!.classList.contains('list')).to.equal(true);
      } finally {
        console_.restore();
      }
    });
  });

  describe('no layout shift', () => {
    for (const width of [360, 1280]) {
      it(`while src loads it is as tall as when loaded, at ${width} px`, async () => {
        let answer: (response: Response) => void = () => {};
        const original = window.fetch;
        window.fetch = (() => new Promise<Response>((resolve) => (answer = resolve))) as typeof window.fetch;
        try {
          const explorer = await explorerAt(width, html`<cluster-explorer src="/bundled-copy.json"></cluster-explorer>`);
          expect($(explorer, '[part="cards"]')!.getAttribute('aria-busy')).to.equal('true');
          const loading = explorer.getBoundingClientRect().height;
          const loaded = oneEvent(explorer, 'cluster-data-load');
          answer(new Response(JSON.stringify(dataset), { headers: { 'content-type': 'application/json' } }));
          await loaded;
          await settle(explorer);
          expect($$(explorer, '.cards .card')).to.have.length(14);
          const ready = explorer.getBoundingClientRect().height;
          expect(Math.abs(ready - loading), `${loading} vs ${ready}`).to.be.at.most(2);
        } finally {
          window.fetch = original;
        }
      });
    }
  });

  describe('accessibility and themes', () => {
    const fourCards = (variant: Variant) => html`<cluster-explorer theme=${ifDefined(variant.theme)} limit="4"></cluster-explorer>`;
    /** Opens the detail of Clean (a click on its card), `check`s it, and closes it again. */
    async function withDetailOpen(explorer: ClusterExplorer, check: () => unknown) {
      const clean = dataset.clusters.find((c) => c.id === 'clean')!;
      $$<HTMLButtonElement>(explorer, '.cards .activate').find((b) => text(b) === clean.name)!.click();
      await settle(explorer);
      expect(dialog(explorer).open).to.equal(true);
      await check();
      dialog(explorer).close();
      await settle(explorer);
    }

    // Only one modal dialog can be open, so the detail is opened one variant after another: each variant's
    // contrast is measured in it, and axe runs in it on one explorer alone per language (what changes
    // between variants is colour; see test/support/theme-matrix.ts).
    it('is axe-clean with text contrast ≥ 4.5:1 in every theme × page × language (16 variants on one page), detail open too', async function () {
      this.timeout(MATRIX_TIMEOUT);
      const { root, rendered } = await renderVariants<ClusterExplorer>('cluster-explorer', fourCards, settle, 1000);
      await expectAccessibleTogether(root);
      for (const { variant, elements: [explorer] } of rendered) {
        expectTextContrast(explorer.shadowRoot!, variant.label);
        await withDetailOpen(explorer, () => expectTextContrast(dialog(explorer), `${variant.label}, detail open`));
      }
    });

    for (const lang of LANGUAGES) {
      it(`is axe-clean alone on the page, every rule, detail open too (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style="${PAGES[0].style};width:1000px">${fourCards(VARIANTS[0])}</div>`);
        const explorer = wrapper.querySelector<ClusterExplorer>('cluster-explorer')!;
        await settle(explorer);
        await expectAccessibleAlone(explorer);
        await withDetailOpen(explorer, () => expectAccessibleAlone(explorer));
      });
    }
  });
});

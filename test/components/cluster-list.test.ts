import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/cluster-list.js';
import type { ClusterList } from '../../src/components/cluster-list/cluster-list.js';
import { dataset } from '../../src/data/index.js';
import type {
  ClusterDataErrorDetail,
  ClusterDataLoadDetail,
  ClusterFilterChangeDetail,
  ClusterSelectDetail,
} from '../../src/internal/events.js';
import { LANGUAGES, MATRIX_TIMEOUT, PAGES, VARIANTS, expectAccessibleAlone, expectAccessibleTogether, expectTextContrast, renderVariants, type Variant } from '../support/theme-matrix.js';
import { captureConsole, countEvents } from '../support/spies.js';

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

const $ = <T extends Element = HTMLElement>(list: Element, selector: string) =>
  list.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(list: Element, selector: string) => [
  ...list.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The names on the rendered cards, in DOM order. */
const names = (list: Element) => $$(list, '.card .activate').map((button) => text(button));
const nameOf = (id: string) => dataset.clusters.find((cluster) => cluster.id === id)!.name;
const namesOf = (ids: string[]) => ids.map(nameOf);
const countText = (list: Element) => text($(list, '[part="count"]'));
/**
 * An element as a short string. Assertions compare these, never elements: a failing comparison of elements
 * makes the runner serialise their whole object graph.
 */
const nodeLabel = (node: Element | null | undefined) =>
  node ? `<${node.localName} part="${node.getAttribute('part') ?? ''}"> ${text(node).slice(0, 60)}` : 'nothing';
/** Whether the focused element in the list draws a focus ring. */
function focusRingShown(list: Element): boolean {
  const active = list.shadowRoot!.activeElement;
  if (!active) return false;
  const style = getComputedStyle(active);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
}
/** What has focus inside the list's shadow root. */
const focused = (list: Element) => nodeLabel(list.shadowRoot!.activeElement);
/** The number in the count ("1.234 klynger" → 1234). */
const countNumber = (list: Element) => Number(countText(list).replace(/\D/g, ''));

/** The control whose label reads `label` (its input or select). */
function control<T extends HTMLInputElement | HTMLSelectElement = HTMLSelectElement>(list: Element, label: string): T {
  const field = $$(list, 'label.field').find((candidate) => text(candidate.querySelector('span')) === label);
  if (!field) throw new Error(`No control labelled "${label}"`);
  return field.querySelector<T>('input, select')!;
}

/** What a visitor's change does to a select (the keyboard tests drive the real keys). */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  if (select.value !== value) throw new Error(`No option ${value}`);
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What typing does to the search box. */
function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function settle(list: ClusterList): Promise<void> {
  await list.updateComplete;
  await aTimeout(0);
  await list.updateComplete;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function frames(list: ClusterList, count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await frame();
    await list.updateComplete;
  }
}

/** Presses Shift+Tab; false when the launcher cannot hold a modifier (WebDriver). */
async function shiftTab(): Promise<boolean> {
  try {
    await sendKeys({ down: 'Shift' });
  } catch {
    return false;
  }
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
  return true;
}

/** A windowed list at rest: its window and the page's scroll position hold still over several frames. */
async function expectSettled(list: ClusterList): Promise<void> {
  const samples: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    await frames(list, 1);
    samples.push(`${$(list, '.cards > li')?.getAttribute('aria-posinset')} @ ${Math.round(window.scrollY)}`);
  }
  expect(new Set(samples).size, `window and scroll keep moving: ${samples.join(', ')}`).to.equal(1);
}

/** Replaces window.fetch; `handler` answers each call. */
function stubFetch(handler: (url: string, init: RequestInit | undefined) => Promise<Response>) {
  const realFetch = window.fetch.bind(window);
  const original = window.fetch;
  const calls: { url: string; signal: AbortSignal | undefined }[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push({ url, signal: init?.signal ?? undefined });
    return handler(url, init);
  }) as typeof window.fetch;
  return { calls, realFetch, restore: () => (window.fetch = original) };
}

/** A request that never answers, but rejects as fetch does when its signal aborts. */
function never(init: RequestInit | undefined): Promise<Response> {
  return new Promise<Response>((_, reject) => {
    const signal = init?.signal;
    if (!signal) return;
    const abort = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const dataUrl = (body: string) => `data:application/json,${encodeURIComponent(body)}`;

/** By name, Danish collation, ceased (MARLOG) last. */
const BY_NAME = [
  'censec',
  'clean',
  'copenhagen-fintech',
  'danish-life-science-cluster',
  'danish-sound-cluster',
  'digitallead',
  'energy-cluster-denmark',
  'food-bio-cluster-denmark',
  'lifestyle-design-cluster',
  'made',
  'odense-robotics',
  'vision-denmark',
  'we-build-denmark',
  'marlog',
];

/** Synthetic records: ids c1…, names with the number, areas from the bundled ids, every tenth ceased. */
function synthetic(count: number) {
  const areas = (dataset.strengthAreas ?? []).map((area) => area.id);
  const regions = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'];
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    return {
      id: `c${n}`,
      name: `Synthetic ${String(n).padStart(6, '0')}`,
      area: areas[n % areas.length],
      region: regions[n % regions.length],
      status: n % 10 === 0 ? { state: 'ceased', since: '2022' } : { state: 'active' },
    };
  });
}

describe('<cluster-list>', () => {
  // -------------------------------------------------------------------------------------------------------
  describe('content', () => {
    it('shows every bundled cluster as a card, by name, ceased last and marked', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      expect(names(list)).to.deep.equal(namesOf(BY_NAME));
      const cards = $$(list, '.card');
      expect(cards.length).to.equal(14);
      expect(cards[13].classList.contains('ceased')).to.equal(true);
      expect(text(cards[13].querySelector('[part="badge"]'))).to.include('Ophørt');
      expect(cards.slice(0, 13).every((card) => !card.querySelector('[part="badge"]'))).to.equal(true);
      expect(countText(list)).to.equal('14 klynger');
    });

    it('announces the count politely', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const count = $(list, '[part="count"]')!;
      expect(count.closest('[role="status"], [aria-live="polite"]'), 'inside a polite live region').to.not.equal(null);
      list.area = 'robotics';
      await list.updateComplete;
      expect(text(count)).to.equal('1 klynge');
    });

    it('hides its light-DOM fallback content once rendered', async () => {
      const list = await fixture<ClusterList>(
        html`<cluster-list><a href="https://www.klyngeportal.dk">Klyngerne</a></cluster-list>`,
      );
      expect(list.querySelector('a')!.getClientRects().length).to.equal(0);
      expect(names(list).length).to.equal(14);
    });

    it('fits 320 px: no control or card wider than the element', async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><cluster-list></cluster-list></div>`);
      const list = wrapper.querySelector('cluster-list')!;
      const host = list.getBoundingClientRect();
      expect(host.width).to.be.at.most(320);
      for (const part of $$(list, 'input, select, .card, [part="count"]')) {
        const box = part.getBoundingClientRect();
        expect(box.left, part.className).to.be.at.least(host.left - 0.5);
        expect(box.right, part.className).to.be.at.most(host.right + 0.5);
      }
      expect($(list, '.wrapper')!.scrollWidth).to.be.at.most(Math.ceil(host.width));
    });

    it('renders cards at heading-level 2 by default and follows heading-level', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      expect($$(list, 'h2.name').length).to.equal(14);
      const level4 = await fixture<ClusterList>(html`<cluster-list heading-level="4"></cluster-list>`);
      expect($$(level4, 'h4.name').length).to.equal(14);
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('filters', () => {
    it('area shows the clusters of one strength area', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list area="robotics"></cluster-list>`);
      expect(names(list)).to.deep.equal(['Odense Robotics']);
      list.area = 'environment';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['CLEAN']);
    });

    it('region shows the clusters with their head office in one region', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list region="DK-82"></cluster-list>`);
      expect(names(list)).to.deep.equal(
        namesOf(['danish-sound-cluster', 'digitallead', 'food-bio-cluster-denmark', 'lifestyle-design-cluster']),
      );
      list.region = 'DK-81';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Energy Cluster Denmark']);
    });

    it('status="active" hides ceased clusters; status="ceased" shows only them', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list status="active"></cluster-list>`);
      expect(names(list)).to.deep.equal(namesOf(BY_NAME.slice(0, 13)));
      list.status = 'ceased';
      await list.updateComplete;
      expect(names(list)).to.deep.equal([nameOf('marlog')]);
      list.status = 'all';
      await list.updateComplete;
      expect(names(list).length).to.equal(14);
    });

    it('filters combine', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list region="DK-84" status="active" query="fintech"></cluster-list>`);
      expect(names(list)).to.deep.equal(['Copenhagen FinTech']);
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('search', () => {
    it('is Danish-aware: Sonderborg, Soenderborg, sønderborg and SØNDERBORG find the same clusters', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list query="sønderborg"></cluster-list>`);
      const expected = names(list);
      expect(expected).to.include('CLEAN');
      expect(expected).to.not.include('Copenhagen FinTech');
      for (const spelling of ['Sonderborg', 'Soenderborg', 'SØNDERBORG']) {
        list.query = spelling;
        await list.updateComplete;
        expect(names(list), spelling).to.deep.equal(expected);
      }
    });

    it('matches aa as å and ae as æ both ways (Århus/Aarhus, Kobenhavn/København)', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list query="Aarhus"></cluster-list>`);
      const aarhus = names(list);
      expect(aarhus).to.include('DigitalLead');
      list.query = 'Århus';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(aarhus);
      list.query = 'Kobenhavn';
      await list.updateComplete;
      const copenhagen = names(list);
      expect(copenhagen).to.include('Copenhagen FinTech');
      list.query = 'København';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(copenhagen);
    });

    it('takes (, * and \\ literally, never as a pattern', async () => {
      const consoleSpy = captureConsole();
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      list.clusters = [
        { id: 'p', name: 'Alpha (Beta)' },
        { id: 's', name: 'Star*Cluster' },
        { id: 'b', name: 'Back\\slash' },
        { id: 'n', name: 'Plain' },
      ];
      await list.updateComplete;
      const results: Record<string, string[]> = {};
      for (const query of ['(', '*', '\\', 'a(b', '.*', '[', 'Beta)']) {
        list.query = query;
        await list.updateComplete;
        results[query] = names(list);
      }
      consoleSpy.restore();
      expect(results).to.deep.equal({
        '(': ['Alpha (Beta)'],
        '*': ['Star*Cluster'],
        '\\': ['Back\\slash'],
        'a(b': [],
        '.*': [],
        '[': [],
        'Beta)': ['Alpha (Beta)'],
      });
      expect(consoleSpy.errors).to.deep.equal([]);
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('sort', () => {
    it('sort="name" (default) uses Danish collation: Aa and Å after Z; English puts them first', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      list.clusters = [
        { id: 'z', name: 'Zebra' },
        { id: 'aa', name: 'Aalborg Klynge' },
        { id: 'b', name: 'Beta' },
        { id: 'ar', name: 'Århus Klynge' },
        { id: 'ae', name: 'Ærø Klynge' },
        { id: 'old', name: 'Alpha', status: { state: 'ceased' } },
      ];
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Beta', 'Zebra', 'Ærø Klynge', 'Aalborg Klynge', 'Århus Klynge', 'Alpha']);
      list.lang = 'en';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Aalborg Klynge', 'Ærø Klynge', 'Århus Klynge', 'Beta', 'Zebra', 'Alpha']);
    });

    it('sort="area" orders by strength-area name in the language, ceased last', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list sort="area"></cluster-list>`);
      expect(names(list)).to.deep.equal(
        namesOf([
          'made', // Avanceret produktion
          'we-build-denmark', // Byggeri og anlæg
          'lifestyle-design-cluster', // Design, mode og møbler
          'digitallead', // Digitale teknologier
          'energy-cluster-denmark', // Energiteknologi
          'copenhagen-fintech', // Fintech
          'censec', // Forsvar, rumfart og sikkerhed
          'food-bio-cluster-denmark', // Fødevarer og bioressourcer
          'danish-life-science-cluster', // Life science og velfærdsteknologi
          'danish-sound-cluster', // Lyd
          'clean', // Miljøteknologi
          'odense-robotics', // Robot- og droneteknologi
          'vision-denmark', // Spil, animation og film
          'marlog', // ceased
        ]),
      );
      list.lang = 'en';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(
        namesOf([
          'made', // Advanced manufacturing
          'we-build-denmark', // Building and construction
          'censec', // Defence, space and security
          'lifestyle-design-cluster', // Design, fashion and furniture
          'digitallead', // Digital technologies
          'energy-cluster-denmark', // Energy technology
          'clean', // Environmental technology
          'copenhagen-fintech', // Financial technology
          'food-bio-cluster-denmark', // Food and bio-resources
          'vision-denmark', // Games, animation and film
          'danish-life-science-cluster', // Life science and welfare technology
          'odense-robotics', // Robotics and drones
          'danish-sound-cluster', // Sound
          'marlog',
        ]),
      );
    });

    it('sort="region" orders by region name, clusters without a region after, ceased last', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list sort="region"></cluster-list>`);
      expect(names(list)).to.deep.equal(
        namesOf([
          'copenhagen-fintech', // Region Hovedstaden
          'danish-life-science-cluster',
          'we-build-denmark',
          'danish-sound-cluster', // Region Midtjylland
          'digitallead',
          'food-bio-cluster-denmark',
          'lifestyle-design-cluster',
          'energy-cluster-denmark', // Region Nordjylland
          'clean', // Region Syddanmark
          'odense-robotics',
          'censec', // no region
          'made',
          'vision-denmark',
          'marlog',
        ]),
      );
      list.lang = 'en';
      await list.updateComplete;
      expect(names(list).slice(0, 4)).to.deep.equal(
        namesOf([
          'copenhagen-fintech', // Capital Region of Denmark
          'danish-life-science-cluster',
          'we-build-denmark',
          'danish-sound-cluster', // Central Denmark Region
        ]),
      );
    });

    it('the sort control changes the order', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      choose(control(list, 'Sortér efter'), 'region');
      await list.updateComplete;
      expect(list.sort).to.equal('region');
      expect(names(list)[0]).to.equal('Copenhagen FinTech');
      choose(control(list, 'Sortér efter'), 'name');
      await list.updateComplete;
      expect(names(list)).to.deep.equal(namesOf(BY_NAME));
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('attribute ↔ property ↔ control', () => {
    it('an attribute sets the property and the control', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      list.setAttribute('area', 'robotics');
      list.setAttribute('region', 'DK-83');
      list.setAttribute('status', 'active');
      list.setAttribute('sort', 'area');
      list.setAttribute('query', 'odense');
      await list.updateComplete;
      expect([list.area, list.region, list.status, list.sort, list.query]).to.deep.equal([
        'robotics',
        'DK-83',
        'active',
        'area',
        'odense',
      ]);
      expect(control(list, 'Styrkeposition').value).to.equal('robotics');
      expect(control(list, 'Region').value).to.equal('DK-83');
      expect(control(list, 'Status').value).to.equal('active');
      expect(control(list, 'Sortér efter').value).to.equal('area');
      expect(control<HTMLInputElement>(list, 'Søg').value).to.equal('odense');
      expect(names(list)).to.deep.equal(['Odense Robotics']);
    });

    it('a property is reflected to the attribute and shown by the control', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      list.area = 'energy';
      list.region = 'DK-81';
      list.status = 'active';
      list.sort = 'region';
      list.query = 'aalborg';
      await list.updateComplete;
      expect(list.getAttribute('area')).to.equal('energy');
      expect(list.getAttribute('region')).to.equal('DK-81');
      expect(list.getAttribute('status')).to.equal('active');
      expect(list.getAttribute('sort')).to.equal('region');
      expect(list.getAttribute('query')).to.equal('aalborg');
      expect(control(list, 'Styrkeposition').value).to.equal('energy');
      expect(control(list, 'Region').value).to.equal('DK-81');
      expect(control(list, 'Status').value).to.equal('active');
      expect(control(list, 'Sortér efter').value).to.equal('region');
      expect(control<HTMLInputElement>(list, 'Søg').value).to.equal('aalborg');
    });

    it('a visitor’s change sets the property and the attribute', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      choose(control(list, 'Styrkeposition'), 'digital');
      choose(control(list, 'Region'), 'DK-82');
      choose(control(list, 'Status'), 'active');
      choose(control(list, 'Sortér efter'), 'area');
      type(control<HTMLInputElement>(list, 'Søg'), 'aarhus');
      await list.updateComplete;
      expect([list.area, list.region, list.status, list.sort, list.query]).to.deep.equal([
        'digital',
        'DK-82',
        'active',
        'area',
        'aarhus',
      ]);
      expect(list.getAttribute('area')).to.equal('digital');
      expect(list.getAttribute('region')).to.equal('DK-82');
      expect(list.getAttribute('status')).to.equal('active');
      expect(list.getAttribute('sort')).to.equal('area');
      expect(list.getAttribute('query')).to.equal('aarhus');
      expect(names(list)).to.deep.equal(['DigitalLead']);
    });

    it('the controls keep following the attributes after a visitor used them', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const region = control(list, 'Region');
      const area = control(list, 'Styrkeposition');
      choose(region, 'DK-83');
      choose(area, 'robotics');
      await list.updateComplete;
      list.region = '';
      list.area = '';
      await list.updateComplete;
      expect(region.value).to.equal('');
      expect(area.value).to.equal('');
      list.region = 'DK-83';
      list.area = 'robotics';
      await list.updateComplete;
      expect(region.value).to.equal('DK-83');
      expect(area.value).to.equal('robotics');
      list.removeAttribute('region');
      await list.updateComplete;
      expect(region.value).to.equal('');
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('cluster-filter-change', () => {
    it('fires exactly one per change with the full state and the count', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const events = countEvents<ClusterFilterChangeDetail>(document, 'cluster-filter-change');
      try {
        choose(control(list, 'Styrkeposition'), 'robotics');
        await list.updateComplete;
        expect(events.count).to.equal(1);
        expect(events.last).to.deep.equal({ query: '', area: 'robotics', region: '', status: 'all', sort: 'name', count: 1 });

        choose(control(list, 'Styrkeposition'), '');
        choose(control(list, 'Region'), 'DK-84');
        await list.updateComplete;
        expect(events.count).to.equal(3);
        expect(events.last).to.deep.equal({ query: '', area: '', region: 'DK-84', status: 'all', sort: 'name', count: 4 });

        choose(control(list, 'Status'), 'ceased');
        await list.updateComplete;
        expect(events.count).to.equal(4);
        expect(events.last).to.deep.equal({ query: '', area: '', region: 'DK-84', status: 'ceased', sort: 'name', count: 1 });

        choose(control(list, 'Sortér efter'), 'region');
        await list.updateComplete;
        expect(events.count).to.equal(5);
        expect(events.last!.sort).to.equal('region');

        choose(control(list, 'Status'), 'all');
        type(control<HTMLInputElement>(list, 'Søg'), 'fintech');
        await list.updateComplete;
        expect(events.count).to.equal(7);
        expect(events.last).to.deep.equal({ query: 'fintech', area: '', region: 'DK-84', status: 'all', sort: 'region', count: 1 });
      } finally {
        events.stop();
      }
    });

    it('is dispatched by the element, bubbles and crosses shadow roots', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const fired = oneEvent(list, 'cluster-filter-change');
      choose(control(list, 'Region'), 'DK-83');
      const event = await fired;
      expect(event.target === list).to.equal(true);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('does not fire for changes made by attributes or properties', async () => {
      const events = countEvents(document, 'cluster-filter-change');
      try {
        const list = await fixture<ClusterList>(html`<cluster-list area="robotics"></cluster-list>`);
        list.region = 'DK-83';
        list.setAttribute('query', 'odense');
        await list.updateComplete;
        expect(events.count).to.equal(0);
      } finally {
        events.stop();
      }
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('empty state', () => {
    it('says nothing matches and "clear filters" brings everything back with one event', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list query="no such cluster anywhere" region="DK-85"></cluster-list>`);
      const empty = $(list, '[part="empty"]')!;
      expect(empty).to.not.equal(null);
      expect(text(empty)).to.include('Ingen klynger matcher');
      expect($$(list, '.card').length).to.equal(0);
      expect(countText(list)).to.equal('0 klynger');
      const events = countEvents<ClusterFilterChangeDetail>(document, 'cluster-filter-change');
      try {
        const clear = empty.querySelector('button')!;
        expect(text(clear)).to.equal('Ryd filtre');
        clear.click();
        await list.updateComplete;
        expect(events.count).to.equal(1);
        expect(events.last).to.deep.equal({ query: '', area: '', region: '', status: 'all', sort: 'name', count: 14 });
        expect($(list, '[part="empty"]')).to.equal(null);
        expect($$(list, '.card').length).to.equal(14);
        expect(control<HTMLInputElement>(list, 'Søg').value).to.equal('');
        expect(control(list, 'Region').value).to.equal('');
      } finally {
        events.stop();
      }
    });

    it('speaks English under lang="en"', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list lang="en" query="zzzz"></cluster-list>`);
      expect(text($(list, '[part="empty"]'))).to.include('No clusters match');
      expect(text($(list, '[part="empty"] button'))).to.equal('Clear filters');
      expect(countText(list)).to.equal('0 clusters');
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('sync-url', () => {
    const originalUrl = window.location.href;
    const base = () => new URL(originalUrl);
    const setUrl = (search: Record<string, string>, hash = '') => {
      const url = base();
      for (const [key, value] of Object.entries(search)) url.searchParams.set(key, value);
      url.hash = hash;
      window.history.replaceState(window.history.state, '', url);
    };
    const parameters = () => new URL(window.location.href).searchParams;
    afterEach(() => window.history.replaceState(window.history.state, '', originalUrl));

    /** The query string without our parameters, exactly as written. */
    const otherParameters = () =>
      window.location.search
        .slice(1)
        .split('&')
        .filter((pair) => !pair.startsWith('cluster'))
        .join('&');

    it('keeps other parameters byte for byte', async () => {
      const url = base();
      url.search = `${url.search.slice(1)}&utm_source=news%20letter&q=a+b&flag&empty=&x=%C3%A6`;
      url.hash = '#section';
      window.history.replaceState(window.history.state, '', url);
      const others = otherParameters();
      const list = await fixture<ClusterList>(html`<cluster-list sync-url></cluster-list>`);
      type(control<HTMLInputElement>(list, 'Søg'), 'a b&c=d');
      choose(control(list, 'Region'), 'DK-83');
      await list.updateComplete;
      expect(otherParameters()).to.equal(others);
      expect(parameters().get('cluster-q')).to.equal('a b&c=d');
      expect(window.location.hash).to.equal('#section');
      choose(control(list, 'Region'), '');
      type(control<HTMLInputElement>(list, 'Søg'), '');
      await list.updateComplete;
      expect(window.location.search.slice(1)).to.equal(others);
    });

    it('writes the filters to the URL, replacing the entry, keeping other parameters and the hash', async () => {
      setUrl({ page: '2', utm_source: 'news letter' }, '#section');
      const list = await fixture<ClusterList>(html`<cluster-list sync-url></cluster-list>`);
      const length = window.history.length;
      type(control<HTMLInputElement>(list, 'Søg'), 'sønder');
      choose(control(list, 'Styrkeposition'), 'environment');
      choose(control(list, 'Region'), 'DK-83');
      choose(control(list, 'Status'), 'active');
      choose(control(list, 'Sortér efter'), 'area');
      await list.updateComplete;
      const url = new URL(window.location.href);
      expect(url.searchParams.get('cluster-q')).to.equal('sønder');
      expect(url.searchParams.get('cluster-area')).to.equal('environment');
      expect(url.searchParams.get('cluster-region')).to.equal('DK-83');
      expect(url.searchParams.get('cluster-status')).to.equal('active');
      expect(url.searchParams.get('cluster-sort')).to.equal('area');
      expect(url.searchParams.get('page')).to.equal('2');
      expect(url.searchParams.get('utm_source')).to.equal('news letter');
      expect(url.hash).to.equal('#section');
      expect(url.pathname).to.equal(base().pathname);
      expect(window.history.length).to.equal(length);

      // Back to defaults: the parameters go.
      choose(control(list, 'Status'), 'all');
      choose(control(list, 'Sortér efter'), 'name');
      type(control<HTMLInputElement>(list, 'Søg'), '');
      await list.updateComplete;
      expect(parameters().has('cluster-status')).to.equal(false);
      expect(parameters().has('cluster-sort')).to.equal(false);
      expect(parameters().has('cluster-q')).to.equal(false);
      expect(parameters().get('cluster-area')).to.equal('environment');
      expect(parameters().get('page')).to.equal('2');
      expect(window.location.hash).to.equal('#section');
      expect(window.history.length).to.equal(length);
    });

    it('restores the filters from the URL when it connects', async () => {
      setUrl({ keep: '1', 'cluster-q': 'sonder', 'cluster-region': 'DK-83', 'cluster-sort': 'area', 'cluster-status': 'active' }, '#top');
      const before = window.location.href;
      const list = await fixture<ClusterList>(html`<cluster-list sync-url></cluster-list>`);
      expect(list.query).to.equal('sonder');
      expect(list.region).to.equal('DK-83');
      expect(list.sort).to.equal('area');
      expect(list.status).to.equal('active');
      expect(control<HTMLInputElement>(list, 'Søg').value).to.equal('sonder');
      expect(control(list, 'Region').value).to.equal('DK-83');
      expect(control(list, 'Sortér efter').value).to.equal('area');
      expect(names(list)).to.deep.equal(['CLEAN', 'Odense Robotics']);
      expect(window.location.href).to.equal(before);
    });

    it('follows Back and Forward', async () => {
      setUrl({ keep: '1' });
      const list = await fixture<ClusterList>(html`<cluster-list sync-url></cluster-list>`);
      const next = new URL(window.location.href);
      next.searchParams.set('cluster-region', 'DK-83');
      next.searchParams.set('cluster-q', 'odense');
      window.history.pushState(null, '', next);
      let popped = oneEvent(window, 'popstate');
      window.history.back();
      await popped;
      await list.updateComplete;
      expect(list.region ?? '').to.equal('');
      expect(list.query ?? '').to.equal('');
      expect(names(list).length).to.equal(14);
      popped = oneEvent(window, 'popstate');
      window.history.forward();
      await popped;
      await list.updateComplete;
      expect(list.region).to.equal('DK-83');
      expect(list.query).to.equal('odense');
      expect(control(list, 'Region').value).to.equal('DK-83');
      expect(names(list)).to.deep.equal(['Odense Robotics']);
    });

    it('leaves the URL alone without the attribute', async () => {
      setUrl({ 'cluster-q': 'robot', 'cluster-region': 'DK-81' }, '#h');
      const before = window.location.href;
      const length = window.history.length;
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      expect(list.query ?? '').to.equal('');
      expect(list.region ?? '').to.equal('');
      expect(names(list).length).to.equal(14);
      type(control<HTMLInputElement>(list, 'Søg'), 'made');
      choose(control(list, 'Region'), 'DK-82');
      await list.updateComplete;
      expect(window.location.href).to.equal(before);
      expect(window.history.length).to.equal(length);
    });

    it('sync-url set later claims the URL; removed, it lets go', async () => {
      setUrl({ 'cluster-area': 'robotics' });
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      expect(list.area ?? '').to.equal('');
      list.syncUrl = true;
      await list.updateComplete;
      await list.updateComplete;
      expect(list.area).to.equal('robotics');
      expect(names(list)).to.deep.equal(['Odense Robotics']);
      list.removeAttribute('sync-url');
      list.syncUrl = false;
      await list.updateComplete;
      const before = window.location.href;
      choose(control(list, 'Region'), 'DK-83');
      await list.updateComplete;
      expect(window.location.href).to.equal(before);
    });

    it('only the first sync-url element owns the URL', async () => {
      setUrl({ 'cluster-q': 'robot' });
      const wrapper = await fixture(html`<div><cluster-list sync-url id="first"></cluster-list><cluster-list sync-url id="second"></cluster-list></div>`);
      const [first, second] = [...wrapper.querySelectorAll('cluster-list')];
      await first.updateComplete;
      await second.updateComplete;
      expect(first.query).to.equal('robot');
      expect(second.query ?? '').to.equal('');
      choose(control(second, 'Region'), 'DK-85');
      await second.updateComplete;
      expect(parameters().has('cluster-region')).to.equal(false);
      choose(control(first, 'Region'), 'DK-83');
      await first.updateComplete;
      expect(parameters().get('cluster-region')).to.equal('DK-83');
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('data', () => {
    let stub: ReturnType<typeof stubFetch> | undefined;
    afterEach(() => {
      stub?.restore();
      stub = undefined;
    });

    /** Sets `src` on a fresh list and waits for the one data event, counting both kinds at the document. */
    async function loadInto(src: string, attributes: { timeout?: number } = {}) {
      const list = await fixture<ClusterList>(html`<cluster-list timeout=${ifDefined(attributes.timeout)}></cluster-list>`);
      const loads = countEvents<ClusterDataLoadDetail>(document, 'cluster-data-load');
      const errors = countEvents<ClusterDataErrorDetail>(document, 'cluster-data-error');
      const done = Promise.race([oneEvent(list, 'cluster-data-load'), oneEvent(list, 'cluster-data-error')]);
      const liveRegion = $(list, '[role="status"]');
      list.src = src;
      await done;
      await settle(list);
      await aTimeout(20);
      loads.stop();
      errors.stop();
      return { list, loads, errors, liveRegion };
    }

    it('loads src: one cluster-data-load, the cards of that file', async () => {
      const body = JSON.stringify({
        version: 1,
        clusters: [
          { id: 'r1', name: 'Remote One', area: 'robotics', region: 'DK-83' },
          { id: 'r2', name: 'Remote Two', area: 'partner-area' },
        ],
        strengthAreas: [{ id: 'partner-area', name: { da: 'Partnerområde', en: 'Partner area' } }],
      });
      const src = dataUrl(body);
      const { list, loads, errors } = await loadInto(src);
      expect(loads.count).to.equal(1);
      expect(loads.last).to.deep.equal({ src, count: 2 });
      expect(errors.count).to.equal(0);
      expect(names(list)).to.deep.equal(['Remote One', 'Remote Two']);
      expect($(list, '[part="notice"]')).to.equal(null);
      // The partner's own area is a valid filter value and an option.
      const options = [...control(list, 'Styrkeposition').options].map((option) => option.value);
      expect(options).to.include('partner-area');
      list.area = 'partner-area';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Remote Two']);
    });

    const failures: { name: string; src: () => string; fetch?: () => Promise<Response>; message: RegExp; errors?: boolean }[] = [
      { name: '404', src: () => `/no-such-file-${Date.now()}.json`, message: /404/ },
      { name: '500', src: () => '/server-error.json', fetch: async () => new Response('oops', { status: 500 }), message: /500/ },
      { name: 'invalid JSON', src: () => dataUrl('{"version": 1, "clusters": [ not json'), message: /./ },
      {
        name: 'schema-invalid data',
        src: () => dataUrl(JSON.stringify({ version: 1, clusters: [{ id: 'x' }, { id: 'x', name: 'Dup' }] })),
        message: /invalid/i,
        errors: true,
      },
    ];
    for (const failure of failures) {
      it(`${failure.name}: the bundled data, a notice, one cluster-data-error, one warning`, async () => {
        if (failure.fetch) stub = stubFetch(failure.fetch);
        const consoleSpy = captureConsole();
        const src = failure.src();
        let result: Awaited<ReturnType<typeof loadInto>>;
        try {
          result = await loadInto(src);
        } finally {
          consoleSpy.restore();
        }
        const { list, loads, errors, liveRegion } = result;
        expect(errors.count).to.equal(1);
        expect(loads.count).to.equal(0);
        expect(errors.last!.src).to.equal(src);
        expect(errors.last!.message).to.match(failure.message);
        if (failure.errors) expect(errors.last!.errors.length).to.be.greaterThan(0);
        expect(names(list)).to.deep.equal(namesOf(BY_NAME));
        expect(text($(list, '[part="notice"]'))).to.include('Data kunne ikke indlæses');
        // Announced: the notice appears inside the live region that was there before the failure.
        expect(liveRegion, 'a live region before the failure').to.not.equal(null);
        expect($(list, '[part="notice"]')!.closest('[role="status"]')).to.equal(liveRegion);
        expect(countText(list)).to.equal('14 klynger');
        expect(consoleSpy.warnings.length).to.equal(1);
        expect(consoleSpy.errors).to.deep.equal([]);
      });
    }

    it('gives up after `timeout` ms: the request is aborted, one cluster-data-error', async () => {
      stub = stubFetch(async (_url, init) => never(init));
      const consoleSpy = captureConsole();
      let result: Awaited<ReturnType<typeof loadInto>>;
      try {
        result = await loadInto('/slow.json', { timeout: 50 });
      } finally {
        consoleSpy.restore();
      }
      const { list, loads, errors } = result;
      expect(stub.calls.length).to.equal(1);
      expect(stub.calls[0].signal!.aborted).to.equal(true);
      expect(errors.count).to.equal(1);
      expect(loads.count).to.equal(0);
      expect(errors.last!.src).to.equal('/slow.json');
      expect(errors.last!.message).to.include('50 ms');
      expect(names(list).length).to.equal(14);
      expect($(list, '[part="notice"]')).to.not.equal(null);
      expect(consoleSpy.warnings.length).to.equal(1);
    });

    it('shows a loading state while src loads', async () => {
      stub = stubFetch(async (_url, init) => never(init));
      const list = await fixture<ClusterList>(html`<cluster-list src="/pending.json"></cluster-list>`);
      expect($(list, '[part="cards"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(countText(list)).to.equal('Indlæser …');
    });

    it('a new src aborts the request in flight: only the new one reports', async () => {
      const body = JSON.stringify({ version: 1, clusters: [{ id: 'n', name: 'Newer Data' }] });
      stub = stubFetch(async (url, init) => (url === '/first.json' ? never(init) : stub!.realFetch(url, init)));
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const loads = countEvents<ClusterDataLoadDetail>(document, 'cluster-data-load');
      const errors = countEvents(document, 'cluster-data-error');
      const consoleSpy = captureConsole();
      try {
        list.src = '/first.json';
        await list.updateComplete;
        const loaded = oneEvent(list, 'cluster-data-load');
        list.src = dataUrl(body);
        await loaded;
        await settle(list);
        await aTimeout(30);
      } finally {
        consoleSpy.restore();
        loads.stop();
        errors.stop();
      }
      expect(stub.calls[0].url).to.equal('/first.json');
      expect(stub.calls[0].signal!.aborted).to.equal(true);
      expect(loads.count).to.equal(1);
      expect(loads.last!.src).to.equal(dataUrl(body));
      expect(errors.count).to.equal(0);
      expect(consoleSpy.warnings).to.deep.equal([]);
      expect(names(list)).to.deep.equal(['Newer Data']);
    });

    it('the clusters property wins and needs no request', async () => {
      stub = stubFetch(async (_url, init) => never(init));
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      list.clusters = { version: 1, clusters: [{ id: 'p', name: 'Property Cluster' }] };
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Property Cluster']);
      expect(stub.calls.length).to.equal(0);
    });

    it('invalid clusters: bundled data and one cluster-data-error', async () => {
      const consoleSpy = captureConsole();
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const errors = countEvents(document, 'cluster-data-error');
      list.clusters = [{ name: 'no id' }];
      await settle(list);
      consoleSpy.restore();
      errors.stop();
      expect(errors.count).to.equal(1);
      expect(names(list).length).to.equal(14);
      expect($(list, '[part="notice"]')).to.not.equal(null);
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('hostile strings', () => {
    it('data and attributes stay text, never markup', async () => {
      const consoleSpy = captureConsole();
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const win = window as unknown as { __pwnedList?: number };
      list.clusters = {
        version: 1,
        clusters: [
          {
            id: 'h',
            name: '<img src=x onerror="window.__pwnedList = 1">Hostile',
            area: 'x-area',
            region: 'DK-84',
            locations: [{ city: '<i>City</i>', lat: 55.6, lon: 12.5, role: 'head-office' }],
            website: 'javascript:window.__pwnedList = 3',
            description: { da: '<script>window.__pwnedList = 2</script>', en: '<b>bold</b>' },
            focus: { da: ['<u>u</u>'], en: ['<u>u</u>'] },
          },
        ],
        strengthAreas: [{ id: 'x-area', name: { da: '<em>Område</em>', en: '<em>Area</em>' } }],
      };
      list.query = '<img src=y onerror="window.__pwnedList = 4">';
      await list.updateComplete;
      list.query = '';
      await list.updateComplete;
      await aTimeout(20);
      consoleSpy.restore();
      for (const tag of ['img', 'script', 'b', 'i', 'u', 'em']) {
        expect($$(list, tag).length, tag).to.equal(0);
      }
      expect(names(list)).to.deep.equal(['<img src=x onerror="window.__pwnedList = 1">Hostile']);
      const shadow = text(list.shadowRoot);
      expect(shadow).to.include('<script>window.__pwnedList = 2</script>');
      expect(shadow).to.include('<em>Område</em>');
      expect(shadow).to.include('<i>City</i>');
      expect([...control(list, 'Styrkeposition').options].map((option) => option.text)).to.include('<em>Område</em>');
      expect($$(list, 'a[part="link"]').length).to.equal(0);
      expect(win.__pwnedList).to.equal(undefined);
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('language', () => {
    it('follows lang switched on <html>', async () => {
      const html_ = document.documentElement;
      const original = html_.getAttribute('lang');
      try {
        html_.setAttribute('lang', 'da');
        const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
        expect(countText(list)).to.equal('14 klynger');
        expect(text($(list, 'label.field span'))).to.equal('Søg');
        html_.setAttribute('lang', 'en');
        await settle(list);
        expect(countText(list)).to.equal('14 clusters');
        expect(text($(list, 'label.field span'))).to.equal('Search');
        expect(text($(list, '.card .area'))).to.match(/^Defence, space and security/);
        html_.setAttribute('lang', 'da-DK');
        await settle(list);
        expect(countText(list)).to.equal('14 klynger');
      } finally {
        if (original === null) html_.removeAttribute('lang');
        else html_.setAttribute('lang', original);
      }
    });

    it('its own lang wins over the page', async () => {
      const wrapper = await fixture(html`<div lang="da"><cluster-list lang="en"></cluster-list></div>`);
      const list = wrapper.querySelector('cluster-list')!;
      expect(countText(list)).to.equal('14 clusters');
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('no layout shift', () => {
    for (const width of [320, 800, 1280]) {
      it(`the loading skeleton is as tall as the loaded list at ${width} px`, async () => {
        let answer: (response: Response) => void = () => {};
        const stub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
        try {
          const wrapper = await fixture(html`<div style="width: ${width}px"><cluster-list src="/bundled-copy.json"></cluster-list></div>`);
          const list = wrapper.querySelector('cluster-list')!;
          await settle(list);
          expect($(list, '[part="cards"]')!.getAttribute('aria-busy')).to.equal('true');
          const loading = list.getBoundingClientRect().height;
          const loaded = oneEvent(list, 'cluster-data-load');
          answer(jsonResponse(JSON.parse(JSON.stringify(dataset))));
          await loaded;
          await settle(list);
          expect($(list, '[part="cards"]')!.getAttribute('aria-busy')).to.equal('false');
          expect(names(list).length).to.equal(14);
          const ready = list.getBoundingClientRect().height;
          expect(ready).to.be.greaterThan(200);
          expect(Math.abs(ready - loading), `${loading} vs ${ready}`).to.be.at.most(2);
        } finally {
          stub.restore();
        }
      });
    }
  });

  // -------------------------------------------------------------------------------------------------------
  describe('accessibility and themes', () => {
    const sixCards = (variant: Variant) =>
      html`<cluster-list theme=${ifDefined(variant.theme)} selected="clean" limit="6"></cluster-list>`;
    async function check(list: ClusterList) {
      await settle(list);
      await expectAccessibleAlone(list);
      expectTextContrast(list.shadowRoot!, list.localName);
    }

    it('is axe-clean with text contrast ≥ 4.5:1 in every theme × page × language (16 variants on one page)', async function () {
      this.timeout(MATRIX_TIMEOUT);
      const { root, rendered } = await renderVariants<ClusterList>('cluster-list', sixCards, settle);
      for (const { variant, elements } of rendered) {
        expect(names(elements[0])).to.have.length(6);
        expectTextContrast(elements[0].shadowRoot!, variant.label);
      }
      await expectAccessibleTogether(root);
    });

    for (const lang of LANGUAGES) {
      it(`is axe-clean alone on the page, every rule (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style="${PAGES[0].style};width:800px">${sixCards(VARIANTS[0])}</div>`);
        await check(wrapper.querySelector('cluster-list')!);
      });

      it(`is axe-clean in the empty state (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style=${PAGES[0].style}><cluster-list query="zzzz"></cluster-list></div>`);
        const list = wrapper.querySelector('cluster-list')!;
        expect($(list, '[part="empty"]')).to.not.equal(null);
        await check(list);
      });

      it(`is axe-clean in the error state (${lang}), dark theme`, async () => {
        const consoleSpy = captureConsole();
        const wrapper = await fixture(html`<div lang=${lang}><cluster-list theme="dark" layout="list"></cluster-list></div>`);
        const list = wrapper.querySelector('cluster-list')!;
        const failed = oneEvent(list, 'cluster-data-error');
        list.src = dataUrl('{ broken');
        await failed;
        consoleSpy.restore();
        expect($(list, '[part="notice"]')).to.not.equal(null);
        await check(list);
      });
    }
  });

  // -------------------------------------------------------------------------------------------------------
  describe('keyboard only', () => {
    it('Tab into search, type, Tab to each select and change it with ArrowDown', async () => {
      const wrapper = await fixture(html`<div style="width: 800px"><button>before</button><cluster-list></cluster-list></div>`);
      const list = wrapper.querySelector('cluster-list')!;
      const events = countEvents<ClusterFilterChangeDetail>(document, 'cluster-filter-change');
      try {
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(list)).to.equal(nodeLabel(control<HTMLInputElement>(list, 'Søg')));
        expect(focusRingShown(list), 'search focus ring').to.equal(true);
        await sendKeys({ type: 'robot' });
        await list.updateComplete;
        expect(list.query).to.equal('robot');
        expect(events.count).to.equal(5);
        expect(names(list)).to.include('Odense Robotics');
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ press: 'Backspace' });
        await list.updateComplete;
        expect(list.query).to.equal('');
        expect(events.count).to.equal(10);

        const expected: [label: string, property: 'area' | 'region' | 'status' | 'sort', value: string][] = [
          ['Styrkeposition', 'area', control(list, 'Styrkeposition').options[1].value],
          ['Region', 'region', 'DK-81'],
          ['Status', 'status', 'active'],
          ['Sortér efter', 'sort', 'area'],
        ];
        for (const [label, property, value] of expected) {
          const before = events.count;
          await sendKeys({ press: 'Tab' });
          expect(focused(list), label).to.equal(nodeLabel(control(list, label)));
          expect(focusRingShown(list), `${label} focus ring`).to.equal(true);
          await sendKeys({ press: 'ArrowDown' });
          await list.updateComplete;
          expect(list[property], label).to.equal(value);
          expect(control(list, label).value, label).to.equal(value);
          expect(events.count - before, label).to.equal(1);
          expect(events.last![property]).to.equal(value);
        }
      } finally {
        events.stop();
      }
    });

    it('Tab from the controls reaches the cards; Enter and Space on a card select it, one event each', async () => {
      const wrapper = await fixture(html`<div style="width: 800px"><cluster-list controls="sort"></cluster-list></div>`);
      const list = wrapper.querySelector('cluster-list')!;
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      try {
        control(list, 'Sortér efter').focus();
        await sendKeys({ press: 'Tab' });
        const first = $$(list, '.card .activate')[0];
        expect(focused(list)).to.equal(nodeLabel(first));
        expect(focusRingShown(list), 'card focus ring').to.equal(true);
        await sendKeys({ press: 'Enter' });
        await list.updateComplete;
        expect(events.count).to.equal(1);
        expect(events.last!.id).to.equal('censec');
        expect(events.last!.cluster.name).to.equal(nameOf('censec'));
        expect(list.selected).to.equal('censec');
        expect(list.getAttribute('selected')).to.equal('censec');
        expect(nodeLabel($(list, '.card.selected .activate'))).to.equal(nodeLabel(first));

        const second = $$(list, '.card .activate')[1];
        second.focus();
        await sendKeys({ press: ' ' });
        await list.updateComplete;
        expect(events.count).to.equal(2);
        expect(events.last!.id).to.equal('clean');
        expect(list.selected).to.equal('clean');
        expect($$(list, '.card.selected').length).to.equal(1);
        expect(nodeLabel($(list, '.card.selected .activate'))).to.equal(nodeLabel(second));
      } finally {
        events.stop();
      }
    });

    it('"show all" is reached with Tab and works with Enter; focus goes to the first card it revealed', async () => {
      const wrapper = await fixture(html`<div style="width: 800px"><cluster-list limit="3" layout="list" controls="none"></cluster-list></div>`);
      const list = wrapper.querySelector('cluster-list')!;
      $$(list, '.card .activate')[2].focus();
      const showAll = $(list, '[part="show-all"]')!;
      for (let i = 0; i < 6 && list.shadowRoot!.activeElement !== showAll; i += 1) await sendKeys({ press: 'Tab' });
      expect(focused(list)).to.equal(nodeLabel(showAll));
      expect(focusRingShown(list), 'show-all focus ring').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(list);
      expect($$(list, '.card').length).to.equal(14);
      expect($(list, '[part="show-all"]')).to.equal(null);
      expect(focused(list)).to.equal(nodeLabel($$(list, '.card .activate')[3]));
    });

    it('"clear filters" works with the keyboard and keeps focus in the element', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list query="zzzz"></cluster-list>`);
      const events = countEvents(document, 'cluster-filter-change');
      try {
        const search = control<HTMLInputElement>(list, 'Søg');
        search.focus();
        for (let i = 0; i < 8 && list.shadowRoot!.activeElement?.closest('[part="empty"]') === null; i += 1) {
          await sendKeys({ press: 'Tab' });
        }
        const clear = $(list, '[part="empty"] button')!;
        expect(focused(list)).to.equal(nodeLabel(clear));
        expect(focusRingShown(list), 'clear focus ring').to.equal(true);
        await sendKeys({ press: 'Enter' });
        await settle(list);
        expect(events.count).to.equal(1);
        expect(names(list).length).to.equal(14);
        expect(focused(list)).to.equal(nodeLabel(search));
      } finally {
        events.stop();
      }
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('limit, layout and controls', () => {
    it('limit shows the first N and a "show all (n)" button', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list limit="4"></cluster-list>`);
      expect(names(list)).to.deep.equal(namesOf(BY_NAME.slice(0, 4)));
      const button = $(list, '[part="show-all"]')!;
      expect(text(button)).to.equal('Vis alle (14)');
      expect(countText(list)).to.equal('14 klynger');
      button.click();
      await list.updateComplete;
      expect(names(list)).to.deep.equal(namesOf(BY_NAME));
      expect($(list, '[part="show-all"]')).to.equal(null);
    });

    it('limit counts the matching clusters; no button when they fit', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list limit="2" region="DK-82" lang="en"></cluster-list>`);
      expect(names(list).length).to.equal(2);
      expect(text($(list, '[part="show-all"]'))).to.equal('Show all (4)');
      list.region = 'DK-81';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Energy Cluster Denmark']);
      expect($(list, '[part="show-all"]')).to.equal(null);
    });

    it('layout="list" shows one column of compact cards; grid has columns by width', async () => {
      const wrapper = await fixture(html`<div style="width: 1000px">
        <cluster-list layout="list"></cluster-list><cluster-list></cluster-list>
      </div>`);
      const [list, grid] = [...wrapper.querySelectorAll('cluster-list')];
      const columns = (element: Element) =>
        getComputedStyle($(element, '[part="cards"]')!).gridTemplateColumns.split(' ').filter(Boolean).length;
      expect(columns(list)).to.equal(1);
      expect($$(list, '.description').length).to.equal(0);
      expect($$(list, '.card.compact').length).to.equal(14);
      expect(columns(grid)).to.be.greaterThan(1);
      expect($$(grid, '.description').length).to.equal(14);
    });

    it('controls="none" shows no controls; a subset shows exactly those', async () => {
      const none = await fixture<ClusterList>(html`<cluster-list controls="none"></cluster-list>`);
      expect($$(none, 'input, select').length).to.equal(0);
      expect($(none, '[part="filters"]')).to.equal(null);
      expect(names(none).length).to.equal(14);
      const subset = await fixture<ClusterList>(html`<cluster-list controls="sort search"></cluster-list>`);
      expect($$(subset, 'label.field span').map(text)).to.deep.equal(['Søg', 'Sortér efter']);
      expect($$(subset, 'input').length).to.equal(1);
      expect($$(subset, 'select').length).to.equal(1);
      const all = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      expect($$(all, 'label.field span').map(text)).to.deep.equal(['Søg', 'Styrkeposition', 'Region', 'Status', 'Sortér efter']);
    });

    it('every control has a label', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list lang="en"></cluster-list>`);
      for (const field of $$(list, 'input, select')) {
        expect(field.closest('label'), field.outerHTML).to.not.equal(null);
        expect(text(field.closest('label')!.querySelector('span')).length).to.be.greaterThan(2);
      }
    });

    it('selected highlights one card', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list selected="made"></cluster-list>`);
      const highlighted = $$(list, '.card.selected');
      expect(highlighted.length).to.equal(1);
      expect(text(highlighted[0].querySelector('.activate'))).to.equal(nameOf('made'));
      expect(highlighted[0].querySelector('.activate')!.getAttribute('aria-current')).to.equal('true');
      list.selected = 'censec';
      await list.updateComplete;
      expect($$(list, '.card.selected').map((card) => text(card.querySelector('.activate')))).to.deep.equal([nameOf('censec')]);
    });

    it('a click on a card selects it with one cluster-select', async () => {
      const list = await fixture<ClusterList>(html`<cluster-list></cluster-list>`);
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      try {
        $$(list, '.card')[4].querySelector<HTMLElement>('.area')!.click();
        await list.updateComplete;
        expect(events.count).to.equal(1);
        expect(events.last!.id).to.equal(BY_NAME[4]);
        expect(list.selected).to.equal(BY_NAME[4]);
      } finally {
        events.stop();
      }
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('invalid attribute values', () => {
    it('each falls back to its default with exactly one warning and no event', async () => {
      const consoleSpy = captureConsole();
      const events = ['cluster-filter-change', 'cluster-data-error', 'cluster-select', 'cluster-data-load'].map((type) =>
        countEvents(document, type),
      );
      let list: ClusterList;
      try {
        list = await fixture<ClusterList>(html`<cluster-list
          layout="tiles"
          status="gone"
          sort="size"
          region="DK-99"
          limit="-3"
          controls="search bogus"
          area="no-such-area"
        ></cluster-list>`);
        list.requestUpdate();
        await settle(list);
        list.lang = 'en';
        await settle(list);
      } finally {
        consoleSpy.restore();
        for (const counter of events) counter.stop();
      }
      for (const [attribute, value] of [
        ['layout', 'tiles'],
        ['status', 'gone'],
        ['sort', 'size'],
        ['region', 'DK-99'],
        ['limit', '-3'],
        ['controls', 'search bogus'],
        ['area', 'no-such-area'],
      ]) {
        const matching = consoleSpy.warnings.filter((warning) => warning.includes(attribute) && warning.includes(value));
        expect(matching.length, `${attribute}: ${JSON.stringify(consoleSpy.warnings)}`).to.equal(1);
      }
      expect(consoleSpy.warnings.length).to.equal(7);
      expect(events.map((counter) => counter.count)).to.deep.equal([0, 0, 0, 0]);
      expect(names(list!)).to.deep.equal(namesOf(BY_NAME)); // name sort, every status, no area or region filter
      expect($(list!, '[part="cards"]')!.classList.contains('grid')).to.equal(true);
      expect($(list!, '[part="show-all"]')).to.equal(null);
      expect($$(list!, 'label.field').length).to.equal(5);
    });

    it('an unknown limit text falls back to no limit with one warning', async () => {
      const consoleSpy = captureConsole();
      const list = await fixture<ClusterList>(html`<cluster-list limit="many"></cluster-list>`);
      list.requestUpdate();
      await list.updateComplete;
      consoleSpy.restore();
      expect(consoleSpy.warnings.filter((warning) => warning.includes('limit')).length).to.equal(1);
      expect(names(list).length).to.equal(14);
    });

    it('an unknown selected id is ignored with one warning', async () => {
      const consoleSpy = captureConsole();
      const events = countEvents(document, 'cluster-data-error');
      const list = await fixture<ClusterList>(html`<cluster-list selected="no-such-id"></cluster-list>`);
      list.requestUpdate();
      await list.updateComplete;
      consoleSpy.restore();
      events.stop();
      expect(consoleSpy.warnings.length).to.equal(1);
      expect(consoleSpy.warnings[0]).to.include('no-such-id');
      expect(events.count).to.equal(0);
      expect($$(list, '.card.selected').length).to.equal(0);
    });
  });

  // -------------------------------------------------------------------------------------------------------
  describe('large data', () => {
    beforeEach(() => window.scrollTo(0, 0));
    afterEach(() => window.scrollTo(0, 0));

    for (const size of [10_000, 100_000]) {
      describe(`${size.toLocaleString('en')} records`, () => {
        const records = synthetic(size);
        const pad = (n: number) => String(n).padStart(6, '0');
        /** The expected order: by name (zero-padded, so by number), ceased (every tenth) last. */
        const ordered = [
          ...records.filter((record) => record.status.state === 'active'),
          ...records.filter((record) => record.status.state === 'ceased'),
        ];

        async function bigList(): Promise<ClusterList> {
          const wrapper = await fixture(html`<div style="width: 800px"><cluster-list></cluster-list></div>`);
          const list = wrapper.querySelector('cluster-list')!;
          list.clusters = records;
          await settle(list);
          await frames(list);
          return list;
        }

        it('keeps fewer than 300 cards in the shadow DOM and counts all records', async function () {
          this.timeout(60_000);
          const list = await bigList();
          const cards = $$(list, '.card').length;
          expect(cards).to.be.greaterThan(0);
          expect(cards).to.be.lessThan(300);
          expect(list.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(300 * 30);
          expect(countNumber(list)).to.equal(size);
          expect(countText(list)).to.equal(`${size === 10_000 ? '10.000' : '100.000'} klynger`);
          expect(names(list)[0]).to.equal(`Synthetic ${pad(1)}`);
        });

        it('scrolling the page reaches the last record', async function () {
          this.timeout(60_000);
          const list = await bigList();
          const lastName = ordered.at(-1)!.name;
          expect(lastName).to.equal(`Synthetic ${pad(size)}`);
          expect(names(list)).to.not.include(lastName);
          window.scrollTo(0, document.documentElement.scrollHeight);
          await frames(list, 4);
          await expectSettled(list);
          expect(names(list)).to.include(lastName);
          const lastCard = $$(list, '.cards > li').at(-1)!;
          expect(lastCard.getAttribute('aria-posinset')).to.equal(String(size));
          expect(text(lastCard.querySelector('.activate'))).to.equal(lastName);
          expect(lastCard.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight + 1);
          expect($$(list, '.card').length).to.be.lessThan(300);
          // A query while scrolled far down: the count is right and the viewport is not left blank.
          list.query = '0001';
          await settle(list);
          await frames(list, 3);
          const expected = records.filter((record) => record.name.includes('0001')).length;
          expect(countNumber(list)).to.equal(expected);
          const visible = $$(list, '.card').filter((card) => {
            const box = card.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          });
          expect(visible.length).to.be.greaterThan(0);
          // And back to the top: the first record is there again.
          list.query = '';
          await settle(list);
          window.scrollTo(0, 0);
          await frames(list, 3);
          expect(names(list)[0]).to.equal(ordered[0].name);
        });

        it('keyboard focus moves into later records', async function () {
          this.timeout(60_000);
          const list = await bigList();
          const rendered = $$(list, '.cards > li');
          const initialLast = Number(rendered.at(-1)!.getAttribute('aria-posinset'));
          expect(initialLast).to.be.lessThan(300);
          $$(list, '.card .activate')[0].focus();
          for (let i = 0; i < initialLast + 10; i += 1) {
            await sendKeys({ press: 'Tab' });
            await frames(list, 2);
          }
          await expectSettled(list);
          const active = list.shadowRoot!.activeElement;
          expect(active, 'focus left the list').to.not.equal(null);
          const position = Number(active!.closest('li')!.getAttribute('aria-posinset'));
          expect(position).to.equal(initialLast + 11);
          expect(text(active)).to.equal(ordered[initialLast + 10].name);
          expect($$(list, '.card').length).to.be.lessThan(300);
          // And back up with Shift+Tab, through records that had left the DOM (where the launcher can hold
          // Shift: WebDriver's sendKeys has no modifiers).
          for (let i = 0; i < initialLast + 10; i += 1) {
            if (!(await shiftTab())) return;
            await frames(list, 2);
          }
          expect(focused(list)).to.equal(nodeLabel($$(list, '.card .activate')[0]));
          expect(text(list.shadowRoot!.activeElement)).to.equal(ordered[0].name);
        });

        it('a query updates the count', async function () {
          this.timeout(60_000);
          const list = await bigList();
          for (const query of ['00012', '0001', 'synthetic 0000', 'nothing']) {
            list.query = query;
            await settle(list);
            // Every word must occur (the names hold nothing the Danish fold changes).
            const words = query.split(' ');
            const expected = records.filter((record) => words.every((word) => record.name.toLowerCase().includes(word))).length;
            expect(countNumber(list), query).to.equal(expected);
            if (expected > 0) expect(names(list)[0].toLowerCase()).to.include(words.at(-1));
            expect($$(list, '.card').length).to.be.lessThan(300);
          }
          const events = countEvents<ClusterFilterChangeDetail>(document, 'cluster-filter-change');
          type(control<HTMLInputElement>(list, 'Søg'), '000123');
          await settle(list);
          events.stop();
          expect(events.count).to.equal(1);
          expect(events.last!.count).to.equal(records.filter((record) => record.name.includes('000123')).length);
          expect(countNumber(list)).to.equal(events.last!.count);
        });
      });
    }
  });
});

import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/cluster-map.js';
import { ClusterMap } from '../../src/components/cluster-map/cluster-map.js';
import { groupPins } from '../../src/render/map-grouping.js';
import { dataset } from '../../src/data/index.js';
import type { Cluster } from '../../src/data/types.js';
import { inset, project, regions } from '../../src/geo/denmark.js';
import type { ClusterDataErrorDetail, ClusterDataLoadDetail, ClusterSelectDetail } from '../../src/internal/events.js';
import { headOffice } from '../../src/render/labels.js';
import { backgroundBehind, contrastRatio, parseColor } from '../support/contrast.js';
import { LANGUAGES, MATRIX_TIMEOUT, PAGES, VARIANTS, expectAccessibleAlone, expectAccessibleTogether, expectTextContrast, renderVariants, type Variant } from '../support/theme-matrix.js';
import { settleFrames } from '../support/settle.js';
import { captureConsole, countEvents } from '../support/spies.js';

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

const $ = <T extends Element = HTMLElement>(map: Element, selector: string) => map.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(map: Element, selector: string) => [
  ...map.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Marker and group buttons, in DOM (= reading) order. */
const pins = (map: Element) => $$<HTMLButtonElement>(map, '.pin');
const box = (map: Element) => $(map, '[part="map"]')!;
const popover = (map: Element) => $(map, '.pop')!;
const isOpen = (element: Element) => element.matches(':popover-open');
/** A button as a short string (assertions compare strings, never elements). */
const nodeLabel = (node: Element | null | undefined) =>
  node ? `<${node.localName} ${node.getAttribute('part') ?? ''}> ${node.getAttribute('aria-label') ?? text(node).slice(0, 60)}` : 'nothing';
const focused = (map: Element) => nodeLabel(map.shadowRoot!.activeElement);

/** The clusters a pin stands for: a marker's label starts with its name, a group's label lists them. */
function membersOf(pin: Element, clusters: readonly Cluster[]): Cluster[] {
  const label = pin.getAttribute('aria-label') ?? '';
  return pin.getAttribute('part') === 'group'
    ? clusters.filter((cluster) => label.split(', ').slice(1).includes(cluster.name))
    : clusters.filter((cluster) => label.startsWith(`${cluster.name}, `));
}

const placedClusters = (clusters: readonly Cluster[]) => clusters.filter((cluster) => headOffice(cluster));

/** Lets the ResizeObserver measure and the element regroup. */
const settle = settleFrames;

/** A map in a container `width` px wide. */
async function mapAt(width: number, template = html`<cluster-map></cluster-map>`): Promise<ClusterMap> {
  const wrapper = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const map = wrapper.querySelector('cluster-map')!;
  await settle(map);
  return map;
}

/** Resizes the container and waits for the regrouping. */
async function resize(map: ClusterMap, width: number): Promise<void> {
  map.parentElement!.style.width = `${width}px`;
  await settle(map);
}

const center = (rect: DOMRect) => [rect.left + rect.width / 2, rect.top + rect.height / 2] as const;
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.01 && b.left < a.right - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01;

const dataUrl = (body: string) => `data:application/json,${encodeURIComponent(body)}`;

/** Invented example data: clusters in cities the bundled data does not have, one on Bornholm. */
const PARTNER = {
  version: 1,
  clusters: [
    { id: 'ex-north', name: 'Eksempelklynge Nord', area: 'robotics', region: 'DK-81', locations: [{ city: 'Eksempelby Nord', lat: 57.3, lon: 9.6, role: 'head-office' }] },
    { id: 'ex-west', name: 'Eksempelklynge Vest', area: 'energy', region: 'DK-83', locations: [{ city: 'Eksempelby Vest', lat: 55.5, lon: 8.5, role: 'head-office' }] },
    { id: 'ex-east', name: 'Eksempelklynge Øst', area: 'ny-styrkeposition', region: 'DK-85', locations: [{ city: 'Eksempelby Øst', lat: 55.3, lon: 11.8, role: 'planned-head-office' }] },
    { id: 'ex-island', name: 'Eksempelklynge Ø', area: 'food-bio', region: 'DK-84', locations: [{ city: 'Eksempelby Bornholm', lat: 55.12, lon: 14.85, role: 'head-office' }] },
    { id: 'ex-none', name: 'Eksempelklynge Uden Adresse', area: 'digital' },
  ],
};

/** Checks the pins of `map` against `clusters`: one slot each, at project(), no overlaps, ≥ 24×24. */
function checkLayout(map: ClusterMap, clusters: readonly Cluster[]): void {
  const boxRect = box(map).getBoundingClientRect();
  const scale = boxRect.width / 1000;
  expect(boxRect.height / boxRect.width, 'aspect ratio 1000:1200').to.be.closeTo(1.2, 0.01);
  const rects = pins(map).map((pin) => pin.getBoundingClientRect());
  const slots = pins(map).map((pin) => membersOf(pin, clusters));
  for (const cluster of placedClusters(clusters)) {
    const holding = slots.map((members, i) => (members.includes(cluster) ? i : -1)).filter((i) => i >= 0);
    expect(holding.length, `slots holding ${cluster.id}`).to.equal(1);
    const office = headOffice(cluster)!;
    const [x, y] = project(office.lon, office.lat);
    const [cx, cy] = center(rects[holding[0]]);
    const dx = Math.abs(cx - boxRect.left - x * scale);
    const dy = Math.abs(cy - boxRect.top - y * scale);
    if (slots[holding[0]].length === 1) {
      expect(dx, `${cluster.id} x`).to.be.at.most(1);
      expect(dy, `${cluster.id} y`).to.be.at.most(1);
    } else {
      // A group sits on one member's point; the others are near enough that their markers would overlap.
      expect(Math.max(dx, dy), `${cluster.id} in its group`).to.be.below(rects[holding[0]].width + 2);
    }
  }
  // Groups sit exactly on one of their members' points.
  slots.forEach((members, i) => {
    if (members.length < 2) return;
    const [cx, cy] = center(rects[i]);
    const onAMember = members.some((cluster) => {
      const office = headOffice(cluster)!;
      const [x, y] = project(office.lon, office.lat);
      return Math.abs(cx - boxRect.left - x * scale) <= 1 && Math.abs(cy - boxRect.top - y * scale) <= 1;
    });
    expect(onAMember, `group ${i} sits on a member's point`).to.equal(true);
  });
  expect(slots.flat().length).to.equal(placedClusters(clusters).length);
  for (const rect of rects) {
    expect(rect.width, 'hit target width').to.be.at.least(24);
    expect(rect.height, 'hit target height').to.be.at.least(24);
  }
  for (let i = 0; i < rects.length; i += 1) {
    for (let j = i + 1; j < rects.length; j += 1) {
      expect(overlaps(rects[i], rects[j]), `pins ${i} and ${j} overlap`).to.equal(false);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

describe('<cluster-map>', () => {
  afterEach(async () => {
    // Park the pointer in a corner: a pointer resting where the next test's markers appear would hover them.
    await sendMouse({ type: 'move', position: [0, 0] });
    await resetMouse();
  });

  describe('drawing', () => {
    it('draws the five regions, the land, the borders and the Bornholm inset', async () => {
      const map = await mapAt(800);
      const regionPaths = $$<SVGPathElement>(map, '[part="region"]');
      expect(regionPaths.length).to.equal(5);
      for (const path of regionPaths) expect(path.getBBox().width).to.be.greaterThan(20);
      expect($$(map, '[part="land"]').length).to.equal(2);
      expect($<SVGPathElement>(map, '[part="borders"]')!.getAttribute('d')!.length).to.be.greaterThan(20);
      const frame = $<SVGRectElement>(map, '[part="inset"]')!.getBBox();
      expect([frame.x, frame.y, frame.width, frame.height]).to.deep.equal([inset.x, inset.y, inset.width, inset.height]);
      // Bornholm (the second land path) lies inside the inset frame.
      const bornholm = $$<SVGPathElement>(map, '[part="land"]')[1].getBBox();
      expect(bornholm.x).to.be.at.least(frame.x);
      expect(bornholm.y).to.be.at.least(frame.y);
      expect(bornholm.x + bornholm.width).to.be.at.most(frame.x + frame.width);
      expect(bornholm.y + bornholm.height).to.be.at.most(frame.y + frame.height);
      // Region names on hover: an SVG <title> per region, in the element's language, from the data.
      expect(regionPaths.map((path) => text(path.querySelector('title')))).to.deep.equal([
        'Region Nordjylland',
        'Region Midtjylland',
        'Region Syddanmark',
        'Region Hovedstaden',
        'Region Sjælland',
      ]);
    });

    it('names (aria-label) and describes (SVG desc) the map in both languages', async () => {
      const map = await mapAt(400);
      const svg = $(map, 'svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.include('klynger');
      expect(text(svg.querySelector(':scope > desc'))).to.include('Bornholm');
      map.lang = 'en';
      await settle(map);
      expect(svg.getAttribute('aria-label')).to.include('clusters');
      expect(text(svg.querySelector(':scope > desc'))).to.include('Bornholm');
    });

    it('keeps its 1000:1200 box while src loads (no layout shift) and scales to its container', async () => {
      let release: (value: Response) => void = () => undefined;
      const original = window.fetch;
      window.fetch = (() => new Promise<Response>((resolve) => (release = resolve))) as typeof window.fetch;
      try {
        const map = await mapAt(500, html`<cluster-map src="/partner.json"></cluster-map>`);
        // While loading, the bundled data holds the place: laid out, but no marker can be seen or reached.
        expect(pins(map).filter((pin) => getComputedStyle(pin).visibility !== 'hidden')).to.deep.equal([]);
        expect(getComputedStyle($(map, '[part="legend"]')!).visibility).to.equal('hidden');
        expect($$(map, '.visually-hidden li')).to.deep.equal([]);
        const loading = box(map).getBoundingClientRect();
        expect(loading.width).to.equal(500);
        expect(loading.height).to.be.closeTo(600, 1);
        const loaded = oneEvent(map, 'cluster-data-load');
        release(new Response(JSON.stringify(PARTNER), { status: 200 }));
        await loaded;
        await settle(map);
        expect(pins(map).length).to.be.greaterThan(0);
        expect(pins(map).every((pin) => getComputedStyle(pin).visibility === 'visible')).to.equal(true);
        expect(box(map).getBoundingClientRect().height).to.equal(loading.height);
      } finally {
        window.fetch = original;
      }
    });

    it('is never narrower than 240 px in a shrinking flex row', async () => {
      const wrapper = await fixture(html`<div style="display: flex; width: 600px"><cluster-map></cluster-map><div style="flex: 1 0 600px"></div></div>`);
      const map = wrapper.querySelector('cluster-map')!;
      await settle(map);
      expect(map.getBoundingClientRect().width).to.be.at.least(240);
    });
  });

  describe('markers', () => {
    for (const width of [320, 800]) {
      it(`gives each cluster with a head office one slot at project(), none overlapping, each ≥ 24×24 at ${width} px`, async () => {
        const map = await mapAt(width);
        checkLayout(map, dataset.clusters);
      });
    }

    it('groups the Copenhagen-area clusters at 320 px and splits them apart at 800 px, recomputing on resize', async () => {
      const map = await mapAt(320);
      const groupSizes = () => pins(map).filter((pin) => pin.part.contains('group')).map((pin) => membersOf(pin, dataset.clusters).length);
      const narrow = groupSizes();
      await resize(map, 800);
      const wide = groupSizes();
      expect(narrow.reduce((a, b) => a + b, 0)).to.be.greaterThan(wide.reduce((a, b) => a + b, 0));
      expect(pins(map).length).to.be.greaterThan(narrow.length);
      checkLayout(map, dataset.clusters);
      await resize(map, 320);
      expect(groupSizes()).to.deep.equal(narrow);
      checkLayout(map, dataset.clusters);
    });

    it('gives every marker an accessible name: name, area, city and region; uncertain and planned head offices say so', async () => {
      const map = await mapAt(800);
      const labels = pins(map).map((pin) => pin.getAttribute('aria-label')!);
      expect(labels).to.include('Odense Robotics, Robot- og droneteknologi, Odense, Region Syddanmark');
      expect(labels.find((label) => label.startsWith('CLEAN'))).to.include('Sønderborg, Region Syddanmark (usikker)');
      const group = pins(map).find((pin) => membersOf(pin, dataset.clusters).some((c) => c.id === 'marlog'))!;
      expect(group.getAttribute('aria-label')).to.match(/^\d klynger, /);
      // The group lists the names; each member says the rest when the group opens.
      group.click();
      await settle(map);
      const marlog = $$(map, '.pop button').find((button) => text(button).startsWith('MARLOG'))!;
      expect(text(marlog)).to.include('København, Region Hovedstaden (planlagt hovedkontor, usikker)');
      expect(text(marlog)).to.include('Ophørt');
    });

    it('draws low-confidence head offices in their own style', async () => {
      const map = await mapAt(800);
      const styled = pins(map).filter((pin) => pin.classList.contains('u')).map((pin) => membersOf(pin, dataset.clusters)[0].id);
      expect(styled).to.include.members(['clean', 'energy-cluster-denmark', 'we-build-denmark']);
      expect(styled).to.not.include('odense-robotics');
      const [plain, hollow] = ['Odense Robotics', 'CLEAN'].map((name) =>
        getComputedStyle(pins(map).find((pin) => pin.getAttribute('aria-label')!.startsWith(name))!),
      );
      expect(hollow.borderTopStyle).to.equal('dashed');
      expect(plain.borderTopStyle).to.equal('solid');
    });

    it('never places a cluster without a known head office: the legend lists them', async () => {
      const map = await mapAt(800);
      const placedNames = pins(map).flatMap((pin) => membersOf(pin, dataset.clusters)).map((cluster) => cluster.id);
      const legend = text($(map, '[part="legend"]'));
      expect(legend).to.include('Intet kendt hovedkontor');
      for (const id of ['made', 'vision-denmark', 'censec']) {
        expect(placedNames).to.not.include(id);
        expect(legend).to.include(dataset.clusters.find((cluster) => cluster.id === id)!.name);
      }
      expect(text($(map, '[part="credit"]'))).to.equal('Made with Natural Earth');
      map.lang = 'en';
      await settle(map);
      expect(text($(map, '[part="legend"]'))).to.include('No known head office');
    });

    it('places partner data with new cities by project(), Bornholm in the inset, and lists the one without an address', async () => {
      const map = await mapAt(600);
      map.clusters = PARTNER;
      await settle(map);
      const clusters = PARTNER.clusters as unknown as Cluster[];
      expect(pins(map).length).to.equal(4);
      checkLayout(map, clusters);
      const island = pins(map).find((pin) => pin.getAttribute('aria-label')!.startsWith('Eksempelklynge Ø,'))!;
      const rect = island.getBoundingClientRect();
      const boxRect = box(map).getBoundingClientRect();
      const scale = boxRect.width / 1000;
      const [x, y] = center(rect);
      expect((x - boxRect.left) / scale).to.be.within(inset.x, inset.x + inset.width);
      expect((y - boxRect.top) / scale).to.be.within(inset.y, inset.y + inset.height);
      // An area the library does not know is shown by its id; a planned head office is marked.
      expect(pins(map).map((pin) => pin.getAttribute('aria-label'))).to.include(
        'Eksempelklynge Øst, ny-styrkeposition, Eksempelby Øst, Region Sjælland (planlagt hovedkontor)',
      );
      expect(text($(map, '[part="legend"]'))).to.include('Eksempelklynge Uden Adresse');
    });

    it('keeps hit targets at least 24 px whatever --cluster-map-marker-size says, and groups by the real size', async () => {
      const small = await mapAt(800, html`<cluster-map style="--cluster-map-marker-size: 10px"></cluster-map>`);
      expect(pins(small)[0].getBoundingClientRect().width).to.equal(24);
      checkLayout(small, dataset.clusters);
      const big = await mapAt(800, html`<cluster-map style="--cluster-map-marker-size: 40px"></cluster-map>`);
      expect(pins(big)[0].getBoundingClientRect().width).to.equal(40);
      expect(pins(big).length).to.be.below(pins(small).length);
      checkLayout(big, dataset.clusters);
    });

    it('constructs and renders without ResizeObserver or matchMedia (SSR-safe first render)', () => {
      const saved = { ResizeObserver: window.ResizeObserver, matchMedia: window.matchMedia };
      const fail = () => {
        throw new Error('touched during construction or render');
      };
      Object.assign(window, { ResizeObserver: fail, matchMedia: fail });
      try {
        const element = new ClusterMap();
        const result = (element as unknown as { render(): unknown }).render();
        expect(result).to.not.equal(undefined);
      } finally {
        Object.assign(window, saved);
      }
    });

    it('does not place coordinates that fall off the map', async () => {
      const map = await mapAt(400);
      map.clusters = [{ id: 'far', name: 'Far Away', locations: [{ city: 'Hamburg', lat: 53.55, lon: 10.0, role: 'head-office' }] }];
      await settle(map);
      expect(pins(map).length).to.equal(0);
      expect(text($(map, '[part="legend"]'))).to.include('Far Away');
    });
  });

  describe('selection', () => {
    it('fires exactly one cluster-select per click, per Enter and per Space, and reflects selected', async () => {
      const map = await mapAt(800);
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      try {
        const odense = pins(map).find((pin) => pin.getAttribute('aria-label')!.startsWith('Odense Robotics'))!;
        odense.click();
        await settle(map);
        expect(events.count).to.equal(1);
        expect(events.last!.id).to.equal('odense-robotics');
        expect(events.last!.cluster.name).to.equal('Odense Robotics');
        expect(map.getAttribute('selected')).to.equal('odense-robotics');
        expect(odense.getAttribute('aria-current')).to.equal('true');

        const struer = pins(map).find((pin) => pin.getAttribute('aria-label')!.startsWith('Danish Sound Cluster'))!;
        struer.focus();
        await sendKeys({ press: 'Enter' });
        await settle(map);
        expect(events.count).to.equal(2);
        expect(events.last!.id).to.equal('danish-sound-cluster');
        await sendKeys({ press: ' ' });
        await settle(map);
        expect(events.count).to.equal(3);
        expect(pins(map).filter((pin) => pin.getAttribute('aria-current') === 'true').length).to.equal(1);
      } finally {
        events.stop();
      }
    });

    it('a real mouse click fires one event', async () => {
      const map = await mapAt(800);
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      try {
        const herning = pins(map).find((pin) => pin.getAttribute('aria-label')!.startsWith('Lifestyle & Design Cluster'))!;
        const [x, y] = center(herning.getBoundingClientRect());
        await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
        await settle(map);
        expect(events.count).to.equal(1);
        expect(events.last!.id).to.equal('lifestyle-design-cluster');
      } finally {
        events.stop();
      }
    });

    it('a group opens without an event; choosing a member fires one and highlights the group', async () => {
      const map = await mapAt(320);
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      try {
        const group = pins(map).find((pin) => pin.part.contains('group') && membersOf(pin, dataset.clusters).some((c) => c.id === 'copenhagen-fintech'))!;
        group.focus();
        await sendKeys({ press: 'Enter' });
        await settle(map);
        expect(events.count).to.equal(0);
        expect(group.getAttribute('aria-expanded')).to.equal('true');
        expect(isOpen(popover(map))).to.equal(true);
        expect(popover(map).getAttribute('role')).to.equal('dialog');
        const member = $$(map, '.pop button').find((button) => text(button).startsWith('Copenhagen FinTech'))!;
        member.focus();
        await sendKeys({ press: 'Enter' });
        await settle(map);
        expect(events.count).to.equal(1);
        expect(events.last!.id).to.equal('copenhagen-fintech');
        expect(map.selected).to.equal('copenhagen-fintech');
        expect(group.getAttribute('aria-current')).to.equal('true');
        // Choosing closes the group and gives focus back to it.
        expect(group.getAttribute('aria-expanded')).to.equal('false');
        expect(focused(map)).to.equal(nodeLabel(group));
      } finally {
        events.stop();
      }
    });

    it('highlights the selected attribute set by the page; an unknown id is ignored with one warning', async () => {
      const map = await mapAt(800, html`<cluster-map selected="food-bio-cluster-denmark"></cluster-map>`);
      const current = pins(map).filter((pin) => pin.getAttribute('aria-current') === 'true');
      expect(current.length).to.equal(1);
      expect(membersOf(current[0], dataset.clusters).map((c) => c.id)).to.include('food-bio-cluster-denmark');
      expect(getComputedStyle(current[0]).backgroundColor).to.not.equal(getComputedStyle(pins(map).find((p) => p !== current[0] && !p.classList.contains('u'))!).backgroundColor);
      const consoleSpy = captureConsole();
      const events = countEvents(document, 'cluster-data-error');
      map.selected = 'no-such-cluster';
      await settle(map);
      map.requestUpdate();
      await settle(map);
      consoleSpy.restore();
      events.stop();
      expect(consoleSpy.warnings.length).to.equal(1);
      expect(consoleSpy.warnings[0]).to.include('no-such-cluster');
      expect(events.count).to.equal(0);
      expect(pins(map).filter((pin) => pin.getAttribute('aria-current') === 'true').length).to.equal(0);
    });
  });

  describe('filters', () => {
    const dimmed = (map: ClusterMap) =>
      pins(map)
        .filter((pin) => pin.hasAttribute('data-dim'))
        .flatMap((pin) => membersOf(pin, dataset.clusters).map((c) => c.id))
        .sort();
    const lit = (map: ClusterMap) =>
      pins(map)
        .filter((pin) => !pin.hasAttribute('data-dim'))
        .flatMap((pin) => membersOf(pin, dataset.clusters).map((c) => c.id))
        .sort();

    it('dims nothing by default', async () => {
      const map = await mapAt(800);
      expect(dimmed(map)).to.deep.equal([]);
    });

    it('area dims the markers of other areas, which stay focusable and say so', async () => {
      const map = await mapAt(800, html`<cluster-map area="robotics"></cluster-map>`);
      expect(lit(map)).to.deep.equal(['odense-robotics']);
      const dim = pins(map).find((pin) => pin.hasAttribute('data-dim') && !pin.part.contains('group'))!;
      expect(dim.tabIndex).to.equal(0);
      expect(dim.getAttribute('aria-label')).to.match(/uden for filteret$/);
      expect(getComputedStyle(dim).backgroundColor).to.not.equal(getComputedStyle(pins(map).find((pin) => !pin.hasAttribute('data-dim'))!).backgroundColor);
    });

    it('region, status and query dim what does not match; a group dims only when all its members do', async () => {
      const map = await mapAt(800, html`<cluster-map region="DK-82"></cluster-map>`);
      expect(lit(map)).to.deep.equal(['danish-sound-cluster', 'digitallead', 'food-bio-cluster-denmark', 'lifestyle-design-cluster']);
      map.removeAttribute('region');
      map.setAttribute('status', 'ceased');
      await settle(map);
      // MARLOG shares a group with active clusters: the group stays lit.
      const marlogPin = pins(map).find((pin) => membersOf(pin, dataset.clusters).some((c) => c.id === 'marlog'))!;
      expect(marlogPin.hasAttribute('data-dim')).to.equal(false);
      expect(pins(map).filter((pin) => !pin.hasAttribute('data-dim')).length).to.equal(1);
      map.removeAttribute('status');
      map.setAttribute('query', 'Struer');
      await settle(map);
      expect(lit(map)).to.deep.equal(['danish-sound-cluster']);
    });

    it('invalid area, region, status and theme fall back with one warning each and no event', async () => {
      const consoleSpy = captureConsole();
      const events = countEvents(document, 'cluster-data-error');
      const map = await mapAt(
        800,
        html`<cluster-map area="no-such-area" region="DK-99" status="gone" theme="purple"></cluster-map>`,
      );
      map.requestUpdate();
      await settle(map);
      consoleSpy.restore();
      events.stop();
      expect(consoleSpy.warnings.length, consoleSpy.warnings.join('\n')).to.equal(4);
      for (const value of ['no-such-area', 'DK-99', 'gone', 'purple']) {
        expect(consoleSpy.warnings.filter((warning) => warning.includes(`"${value}"`)).length).to.equal(1);
      }
      expect(events.count).to.equal(0);
      expect(dimmed(map)).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches every marker in reading order; arrows, Home and End move between them', async () => {
      const wrapper = await fixture(html`<div style="width: 800px"><button>before</button><cluster-map></cluster-map></div>`);
      const map = wrapper.querySelector('cluster-map')!;
      await settle(map);
      const all = pins(map);
      // Reading order: top to bottom (then left to right).
      const tops = all.map((pin) => pin.getBoundingClientRect().top);
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
      wrapper.querySelector('button')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < all.length; i += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(focused(map));
      }
      expect(reached).to.deep.equal(all.map(nodeLabel));
      await sendKeys({ press: 'Home' });
      expect(focused(map)).to.equal(nodeLabel(all[0]));
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(map)).to.equal(nodeLabel(all[1]));
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(map)).to.equal(nodeLabel(all[2]));
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(map)).to.equal(nodeLabel(all[0]));
      await sendKeys({ press: 'End' });
      expect(focused(map)).to.equal(nodeLabel(all[all.length - 1]));
    });

    it('reaches every placed cluster by keyboard alone, through groups (320 px)', async () => {
      const map = await mapAt(320);
      const reached = new Set<string>();
      pins(map)[0].focus();
      for (let i = 0; i < pins(map).length; i += 1) {
        const pin = map.shadowRoot!.activeElement as HTMLButtonElement;
        if (pin.part.contains('group')) {
          await sendKeys({ press: 'Enter' });
          await settle(map);
          // Focus moved into the group's list; walk it with ArrowDown.
          const members = $$(map, '.pop button');
          expect(members.length).to.be.greaterThan(1);
          for (let j = 0; j < members.length; j += 1) {
            reached.add(text(map.shadowRoot!.activeElement));
            if (j < members.length - 1) await sendKeys({ press: 'ArrowDown' });
          }
          await sendKeys({ press: 'Escape' });
          await settle(map);
          expect(isOpen(popover(map)) && popover(map).part.contains('members')).to.equal(false);
          expect(focused(map)).to.equal(nodeLabel(pin));
        } else {
          reached.add(membersOf(pin, dataset.clusters)[0].id);
        }
        await sendKeys({ press: 'ArrowDown' });
      }
      const ids = new Set(
        [...reached].map((entry) => dataset.clusters.find((c) => c.id === entry || entry.startsWith(c.name))?.id),
      );
      expect([...ids].sort()).to.deep.equal(placedClusters(dataset.clusters).map((c) => c.id).sort());
    });

    it('Tab out of an open group closes it', async () => {
      // A button after the map: Tab past the end of the page would move focus into the browser's own UI.
      const wrapper = await fixture(html`<div style="width: 320px"><cluster-map></cluster-map><button>after</button></div>`);
      const map = wrapper.querySelector('cluster-map')!;
      await settle(map);
      const group = pins(map).find((pin) => pin.part.contains('group'))!;
      group.click();
      await settle(map);
      expect(isOpen(popover(map))).to.equal(true);
      expect(map.shadowRoot!.activeElement?.closest('.pop')).to.not.equal(null);
      const members = $$(map, '.pop button');
      members[members.length - 1].focus();
      await sendKeys({ press: 'Tab' });
      await settle(map);
      expect(group.getAttribute('aria-expanded')).to.equal('false');
      // The popover no longer lists the members (it may show the label of whatever got focus next).
      expect(isOpen(popover(map)) && popover(map).part.contains('members')).to.equal(false);
      expect($$(map, '.pop button').length).to.equal(0);
    });
  });

  describe('labels', () => {
    it('focus shows a label (name, area, city; uncertain marked) in the top layer; blur and Escape hide it', async () => {
      const wrapper = await fixture(html`<div style="width: 800px"><button>before</button><cluster-map></cluster-map></div>`);
      const map = wrapper.querySelector('cluster-map')!;
      await settle(map);
      const clean = pins(map).find((pin) => pin.getAttribute('aria-label')!.startsWith('CLEAN'))!;
      // Real keys (a focus() while the window lacks focus fires no focus event in Firefox): Tab in, End to CLEAN.
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'End' });
      expect(focused(map)).to.equal(nodeLabel(clean));
      await settle(map);
      const label = popover(map);
      expect(isOpen(label)).to.equal(true);
      expect(label.getAttribute('part')).to.equal('label');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      expect(label.textContent).to.include('CLEAN');
      expect(label.textContent).to.include('Miljøteknologi');
      expect(label.textContent).to.include('Sønderborg, Region Syddanmark (usikker)');
      // Next to its marker.
      const [lx] = center(label.getBoundingClientRect());
      const [mx] = center(clean.getBoundingClientRect());
      expect(Math.abs(lx - mx)).to.be.below(label.getBoundingClientRect().width / 2 + 1);
      await sendKeys({ press: 'Escape' });
      await settle(map);
      expect(isOpen(label)).to.equal(false);
      await sendKeys({ press: 'Home' });
      await settle(map);
      expect(isOpen(label)).to.equal(true);
      expect(label.textContent).to.include(membersOf(pins(map)[0], dataset.clusters)[0].name);
      wrapper.querySelector('button')!.focus();
      await settle(map);
      expect(isOpen(label)).to.equal(false);
    });

    it('hover shows a label that stays while the pointer moves onto it, and Escape dismisses it', async () => {
      const map = await mapAt(400);
      const odense = pins(map).find((pin) => pin.getAttribute('aria-label')!.startsWith('Odense Robotics'))!;
      const [x, y] = center(odense.getBoundingClientRect());
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await settle(map);
      const label = popover(map);
      expect(isOpen(label)).to.equal(true);
      expect(label.textContent).to.include('Odense Robotics');
      const [lx, ly] = center(label.getBoundingClientRect());
      await sendMouse({ type: 'move', position: [Math.round(lx), Math.round(ly)] });
      await aTimeout(400);
      await settle(map);
      expect(isOpen(label), 'hoverable').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(map);
      expect(isOpen(label), 'dismissible').to.equal(false);
    });

    it('a focused marker keeps its label after the pointer passes over another marker (WCAG 1.4.13)', async () => {
      const map = await mapAt(400);
      const [first, other] = pins(map).filter((pin) => pin.part.contains('marker'));
      first.focus();
      await settle(map);
      const label = popover(map);
      const focusedLabel = label.textContent;
      const [x, y] = center(other.getBoundingClientRect());
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await settle(map);
      expect(label.textContent, 'the hovered marker’s label').to.not.equal(focusedLabel);
      await sendMouse({ type: 'move', position: [0, 0] });
      await aTimeout(400);
      await settle(map);
      expect(isOpen(label), 'the focused marker’s label is back').to.equal(true);
      expect(label.textContent).to.equal(focusedLabel);
      expect(focused(map)).to.equal(nodeLabel(first));
    });

    it('is not clipped inside an overflow: hidden; transform: scale(1) container', async () => {
      const outer = await fixture(html`<div><button>before</button>
        <div style="margin-top: 300px; width: 320px; height: 12px; overflow: hidden; transform: scale(1)">
          <cluster-map></cluster-map>
        </div>
      </div>`);
      const wrapper = outer.querySelector('div')!;
      const map = wrapper.querySelector('cluster-map')!;
      await settle(map);
      outer.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(map);
      const label = popover(map);
      expect(label.matches(':popover-open')).to.equal(true);
      const labelRect = label.getBoundingClientRect();
      const container = wrapper.getBoundingClientRect();
      const [x, y] = center(labelRect);
      expect(x >= container.left && x <= container.right && y >= container.top && y <= container.bottom).to.equal(false);
      expect(labelRect.height).to.be.greaterThan(20);
      // Painted: what is at its centre is the label itself.
      const hit = map.shadowRoot!.elementFromPoint(x, y);
      expect(hit === label || label.contains(hit)).to.equal(true);
    });
  });

  describe('hidden list', () => {
    it('lists every cluster with its area and head office, or says it has none', async () => {
      for (const lang of ['da', 'en'] as const) {
        const map = await mapAt(400, html`<cluster-map lang=${lang}></cluster-map>`);
        const items = $$(map, '.visually-hidden li').map((li) => text(li));
        expect(items.length).to.equal(dataset.clusters.length);
        dataset.clusters.forEach((cluster, i) => {
          expect(items[i].startsWith(`${cluster.name}, `), items[i]).to.equal(true);
          const area = dataset.strengthAreas!.find((a) => a.id === cluster.area)!.name[lang];
          expect(items[i]).to.include(area);
          const office = headOffice(cluster);
          const city = office?.city === 'København' && lang === 'en' ? 'Copenhagen' : office?.city;
          expect(items[i]).to.include(office ? city! : lang === 'da' ? 'Intet kendt hovedkontor' : 'No known head office');
        });
        const list = getComputedStyle($(map, '.visually-hidden')!);
        expect(list.position).to.equal('absolute');
        expect(list.clipPath).to.equal('inset(50%)');
      }
    });
  });

  describe('shade-regions', () => {
    it('shades each region by its number of head offices', async () => {
      const map = await mapAt(400, html`<cluster-map shade-regions></cluster-map>`);
      const counts = regions.map((region) => placedClusters(dataset.clusters).filter((c) => c.region === region.id).length);
      const most = Math.max(...counts);
      const opacities = $$(map, '[part="region"]').map((path) => Number(path.getAttribute('fill-opacity')));
      opacities.forEach((opacity, i) => expect(opacity).to.be.closeTo((counts[i] / most) * 0.6, 0.001));
      expect(text($(map, '[part="legend"]'))).to.include('antal hovedkontorer');
      map.shadeRegions = false;
      await settle(map);
      expect($$(map, '[part="region"]').map((path) => Number(path.getAttribute('fill-opacity')))).to.deep.equal([0, 0, 0, 0, 0]);
    });
  });

  describe('data', () => {
    it('loads src with one cluster-data-load', async () => {
      const map = await mapAt(400);
      const loaded = oneEvent(map, 'cluster-data-load');
      map.src = dataUrl(JSON.stringify(PARTNER));
      const event = (await loaded) as CustomEvent<ClusterDataLoadDetail>;
      expect(event.detail.count).to.equal(5);
      await settle(map);
      expect(pins(map).length).to.equal(4);
    });

    it('falls back to the bundled data with a notice and one cluster-data-error when src fails', async () => {
      const consoleSpy = captureConsole();
      const map = await mapAt(400);
      const events = countEvents<ClusterDataErrorDetail>(document, 'cluster-data-error');
      const failed = oneEvent(map, 'cluster-data-error');
      const liveRegion = $(map, '[role="status"]');
      map.src = dataUrl('{ broken');
      await failed;
      await settle(map);
      consoleSpy.restore();
      events.stop();
      expect(events.count).to.equal(1);
      expect($(map, '[part="notice"]')).to.not.equal(null);
      // Announced: the notice appears inside a live region that was already there (not a new one).
      expect(liveRegion, 'a live region before the failure').to.not.equal(null);
      expect($(map, '[part="notice"]')!.closest('[role="status"]')).to.equal(liveRegion);
      expect(pins(map).flatMap((pin) => membersOf(pin, dataset.clusters)).length).to.equal(placedClusters(dataset.clusters).length);
    });
  });

  describe('grouping', () => {
    it('anchors groups on a member and leaves no two anchors closer than the size on both axes', () => {
      const points = Array.from({ length: 200 }, (_, i) => ({ x: (i * 37) % 101, y: (i * 53) % 97, items: [i] }));
      const pins = groupPins(points, 10);
      expect(pins.flatMap((pin) => pin.items).sort((a, b) => a - b)).to.deep.equal(points.map((_, i) => i).sort((a, b) => a - b));
      for (let i = 0; i < pins.length; i += 1) {
        for (let j = i + 1; j < pins.length; j += 1) {
          expect(Math.abs(pins[i].x - pins[j].x) >= 10 || Math.abs(pins[i].y - pins[j].y) >= 10).to.equal(true);
        }
      }
    });
  });

  describe('accessibility and themes', () => {
    const robotics = (variant: Variant) =>
      html`<cluster-map theme=${ifDefined(variant.theme)} selected="odense-robotics" area="robotics" shade-regions></cluster-map>`;
    /** Puts `map` in its two states with more text, a label showing (focus on a marker), then a group open, and `check`s each. */
    async function labelThenGroup(map: ClusterMap, check: (state: string) => unknown) {
      pins(map)[0].focus();
      await settle(map);
      await check('a label showing');
      pins(map).find((pin) => pin.part.contains('group'))!.click();
      await settle(map);
      expect(isOpen(popover(map))).to.equal(true);
      await check('a group open');
    }

    // Only one map can hold focus, so the states are visited one variant after another: each variant's
    // contrast is measured in them, and axe runs in them on one map alone per language (what the states
    // change between variants is colour; see test/support/theme-matrix.ts).
    it('is axe-clean with text contrast ≥ 4.5:1 in every theme × page × language (16 variants on one page), with a label and a group open too', async function () {
      this.timeout(MATRIX_TIMEOUT);
      const { root, rendered } = await renderVariants<ClusterMap>('cluster-map', robotics, settle, 500);
      await expectAccessibleTogether(root);
      for (const { variant, elements: [map] } of rendered) {
        expectTextContrast(map.shadowRoot!, variant.label);
        await labelThenGroup(map, (state) => expectTextContrast(map.shadowRoot!, `${variant.label}, ${state}`));
      }
    });

    for (const lang of LANGUAGES) {
      it(`is axe-clean alone on the page, every rule, with a label and a group open too (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style="${PAGES[0].style};width:500px">${robotics(VARIANTS[0])}</div>`);
        const map = wrapper.querySelector<ClusterMap>('cluster-map')!;
        await settle(map);
        await expectAccessibleAlone(map);
        await labelThenGroup(map, () => expectAccessibleAlone(map));
      });
    }

    for (const page of PAGES) {
      for (const theme of [undefined, 'dark'] as const) {
        it(`markers keep ≥ 3:1 against the land (non-text contrast): theme ${theme ?? 'absent'}, ${page.name}`, async () => {
          const wrapper = await fixture(html`<div style="${page.style};width:800px">
            <cluster-map theme=${ifDefined(theme)} area="robotics" selected="clean"></cluster-map>
          </div>`);
          const map = wrapper.querySelector('cluster-map')!;
          await settle(map);
          const land = parseColor(getComputedStyle($(map, '[part="land"]')!).fill);
          const behind = backgroundBehind(map);
          const a = land[3];
          const landOnPage = [0, 1, 2].map((i) => land[i] * a + behind[i] * (1 - a)).concat(1) as [number, number, number, number];
          const kinds = new Set<string>();
          for (const pin of pins(map)) {
            const style = getComputedStyle(pin);
            // A filled marker shows its fill; a hollow one (uncertain, dimmed) its ring.
            const hollow = pin.classList.contains('u') || pin.hasAttribute('data-dim');
            const colour = parseColor(hollow ? style.borderTopColor : style.backgroundColor);
            kinds.add(`${hollow}`);
            expect(contrastRatio(colour, landOnPage), nodeLabel(pin)).to.be.at.least(3);
          }
          expect(kinds.size).to.equal(2);
        });
      }
    }

    it('uses system colours in forced-colours mode, the selected marker in Highlight', async function () {
      const map = await mapAt(800, html`<cluster-map selected="odense-robotics"></cluster-map>`);
      try {
        await emulateMedia({ forcedColors: 'active' });
      } catch {
        // Only Playwright's Chromium can emulate forced colours. Elsewhere, check the rules that would apply.
        const forced = map
          .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors'))
          .map((rule) => rule.cssText)
          .join('\n')
          .toLowerCase();
        // The selected marker paints itself in Highlight; every other marker keeps the system's button colours.
        expect(forced).to.match(/\.pin\[aria-current="true"\]\s*\{[^}]*background:\s*highlight/);
        // Engines without the property (WebKitGTK) drop it when they parse the rule.
        const adjusts = CSS.supports('forced-color-adjust', 'none') ? 1 : 0;
        expect(forced.match(/forced-color-adjust:\s*none/g)?.length ?? 0).to.equal(adjusts);
        return;
      }
      try {
        await settle(map);
        const selected = pins(map).find((pin) => pin.getAttribute('aria-current') === 'true')!;
        const other = pins(map).find((pin) => pin.getAttribute('aria-current') !== 'true' && !pin.classList.contains('u'))!;
        const probe = document.createElement('div');
        probe.style.cssText = 'background: Highlight; color: ButtonText; forced-color-adjust: none';
        document.body.append(probe);
        const highlight = getComputedStyle(probe).backgroundColor;
        const buttonText = getComputedStyle(probe).color;
        probe.remove();
        expect(getComputedStyle(selected).backgroundColor).to.equal(highlight);
        expect(getComputedStyle(other).borderTopColor).to.equal(buttonText);
        expect(getComputedStyle(other).backgroundColor).to.not.equal(getComputedStyle(other).borderTopColor);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('has no transitions or animations at all, so nothing moves under prefers-reduced-motion', async () => {
      const map = await mapAt(400, html`<cluster-map selected="clean" area="energy"></cluster-map>`);
      pins(map)[0].focus();
      await settle(map);
      for (const element of [...map.shadowRoot!.querySelectorAll('*')]) {
        const style = getComputedStyle(element);
        expect(style.transitionDuration.split(', ').every((d) => d === '0s'), nodeLabel(element)).to.equal(true);
        expect(style.animationName, nodeLabel(element)).to.equal('none');
      }
    });

    it('shows a visible focus outline on markers', async () => {
      const wrapper = await fixture(html`<div style="width: 400px"><button>before</button><cluster-map></cluster-map></div>`);
      const map = wrapper.querySelector('cluster-map')!;
      await settle(map);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(map)).to.equal(nodeLabel(pins(map)[0]));
      const style = getComputedStyle(map.shadowRoot!.activeElement!);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.greaterThan(0);
    });
  });
});

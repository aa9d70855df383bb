import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/cluster-timeline.js';
import type { ClusterTimeline } from '../../src/components/cluster-timeline/cluster-timeline.js';
import { milestones as bundled } from '../../src/data/index.js';
import { timelineStringsFor } from '../../src/i18n/timeline-strings.js';
import { renderTimeline } from '../../src/render/timeline.js';
import { LANGUAGES, MATRIX_TIMEOUT, PAGES, VARIANTS, expectAccessibleAlone, expectAccessibleTogether, expectTextContrast, renderVariants, type Variant } from '../support/theme-matrix.js';
import { press } from '../support/keys.js';
import { captureConsole } from '../support/spies.js';

const all = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
const query = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const dates = (element: Element) => all(element, 'li time').map((time) => time.getAttribute('datetime'));
const item = (element: Element, datetime: string) =>
  all(element, 'li').find((li) => li.querySelector('time')!.getAttribute('datetime') === datetime)!;
const dateText = (element: Element, datetime: string) => item(element, datetime).querySelector('time')!.textContent!.trim();
const tops = (element: Element) => all(element, 'li').map((li) => Math.round(li.getBoundingClientRect().top));

describe('<cluster-timeline>', () => {
  describe('the bundled milestones', () => {
    it('shows every bundled milestone once, in date order, 2003 first', async () => {
      const timeline = await fixture<ClusterTimeline>(html`<cluster-timeline></cluster-timeline>`);
      const shown = dates(timeline);
      expect(shown.length).to.equal(bundled.length);
      expect(shown.length).to.be.greaterThan(5);
      expect(shown[0]).to.equal('2003');
      expect(shown).to.deep.equal(bundled.map((m) => m.date).sort());
      for (let i = 1; i < shown.length; i++) expect(shown[i - 1]! <= shown[i]!, `${shown[i - 1]} ≤ ${shown[i]}`).to.equal(true);
      expect(query(timeline, 'ol')).to.not.equal(null);
    });

    it('renderTimeline sorts a year before a month of that year and a month before a day in it', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const milestones = ['2020-07-01', '2021', '2020-07', '2020', '2020-10-01'].map((date) => ({
        date,
        title: { da: date, en: date },
        sources: [],
      }));
      render(renderTimeline(milestones, 'da', timelineStringsFor('da'), { headingLevel: 2, horizontal: false }), container);
      const shown = [...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(shown).to.deep.equal(['2020', '2020-07', '2020-07-01', '2020-10-01', '2021']);
    });

    it('shows each date at its precision, in Danish by default', async () => {
      const timeline = await fixture<ClusterTimeline>(html`<cluster-timeline></cluster-timeline>`);
      expect(dateText(timeline, '2003')).to.equal('2003');
      expect(dateText(timeline, '2013-04')).to.equal('april 2013');
      expect(dateText(timeline, '2020-10-01')).to.equal('1. oktober 2020');
      expect(query(timeline, '[part="heading"]')!.textContent!.trim()).to.equal('Tidslinje');
      expect(item(timeline, '2020-10-01').textContent).to.include('udpeger de 14 nationale klynger');
    });

    it('speaks English under lang="en", dates included', async () => {
      const timeline = await fixture<ClusterTimeline>(html`<cluster-timeline lang="en"></cluster-timeline>`);
      expect(dateText(timeline, '2003')).to.equal('2003');
      expect(dateText(timeline, '2013-04')).to.equal('April 2013');
      expect(dateText(timeline, '2020-10-01')).to.equal('1 October 2020');
      expect(query(timeline, '[part="heading"]')!.textContent!.trim()).to.equal('Timeline');
      expect(item(timeline, '2020-10-01').textContent).to.include('appoints the 14 national clusters');
      expect(query(timeline, 'a')!.getAttribute('aria-label')).to.match(/^Source: /);
    });

    it('follows the language of an ancestor and changes to it', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><cluster-timeline></cluster-timeline></div>`);
      const timeline = wrapper.querySelector('cluster-timeline')!;
      expect(query(timeline, '[part="heading"]')!.textContent!.trim()).to.equal('Timeline');
      wrapper.setAttribute('lang', 'da');
      await aTimeout(0);
      await timeline.updateComplete;
      expect(query(timeline, '[part="heading"]')!.textContent!.trim()).to.equal('Tidslinje');
    });

    it('gives every milestone its source as a web link named by its host', async () => {
      const timeline = await fixture<ClusterTimeline>(html`<cluster-timeline></cluster-timeline>`);
      for (const li of all(timeline, 'li')) {
        const links = [...li.querySelectorAll('a')];
        expect(links.length, li.textContent!).to.be.at.least(1);
        for (const link of links) {
          expect(['https:', 'http:']).to.include(new URL(link.href).protocol);
          const host = new URL(link.href).hostname.replace(/^www\./, '');
          expect(link.textContent!.trim()).to.equal(host);
          expect(link.getAttribute('aria-label')).to.equal(`Kilde: ${host}`);
        }
      }
      const protocols = all<HTMLAnchorElement>(timeline, 'a').map((link) => new URL(link.href).protocol);
      expect(protocols.filter((p) => p === 'https:').length).to.be.greaterThan(protocols.length / 2);
      expect(item(timeline, '2014').querySelector('a')!.textContent).to.equal('clustercollaboration.eu');
    });

    it('uses <time datetime> and an ordered list labelled by its heading (heading-level, default 2)', async () => {
      const timeline = await fixture<ClusterTimeline>(html`<cluster-timeline></cluster-timeline>`);
      expect(query(timeline, 'h2[part="heading"]')).to.not.equal(null);
      const list = query(timeline, 'ol')!;
      const label = timeline.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!;
      expect(label.closest('h2')).to.not.equal(null);
      expect(all(timeline, 'li time[datetime]').length).to.equal(bundled.length);
      const level4 = await fixture<ClusterTimeline>(html`<cluster-timeline heading-level="4"></cluster-timeline>`);
      expect(query(level4, 'h4[part="heading"]')).to.not.equal(null);
    });

    it('hides its light-DOM fallback content once rendered', async () => {
      const timeline = await fixture<ClusterTimeline>(
        html`<cluster-timeline><p>2003: regionale vækstmiljøer</p></cluster-timeline>`,
      );
      expect(timeline.querySelector('p')!.getClientRects().length).to.equal(0);
      expect(all(timeline, 'li').length).to.equal(bundled.length);
    });
  });

  describe('layout', () => {
    it('is vertical by default: one milestone under the other, no scroll region', async () => {
      const wrapper = await fixture(html`<div style="width: 700px"><cluster-timeline></cluster-timeline></div>`);
      const timeline = wrapper.querySelector('cluster-timeline')!;
      const [first, second] = tops(timeline);
      expect(second).to.be.greaterThan(first!);
      expect(query(timeline, '[role="region"]')).to.equal(null);
      expect(query(timeline, '[tabindex]')).to.equal(null);
    });

    it('horizontal in a wide container: side by side in a strip that scrolls inside itself', async () => {
      const wrapper = await fixture(
        html`<div style="width: 700px"><cluster-timeline layout="horizontal"></cluster-timeline></div>`,
      );
      const timeline = wrapper.querySelector('cluster-timeline')!;
      const items = all(timeline, 'li');
      const [a, b] = items.map((li) => li.getBoundingClientRect());
      expect(Math.abs(a!.top - b!.top)).to.be.below(1);
      expect(b!.left).to.be.greaterThan(a!.right - 1);
      const scroller = query(timeline, '[part="scroller"]')!;
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(timeline.shadowRoot!.getElementById(scroller.getAttribute('aria-labelledby')!)!.textContent).to.equal('Tidslinje');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(timeline.getBoundingClientRect().width).to.be.at.most(700);
      expect(wrapper.scrollWidth).to.be.at.most(700);
    });

    it('horizontal in a narrow container (320px) stays vertical, without sideways overflow', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><cluster-timeline layout="horizontal"></cluster-timeline></div>`,
      );
      const timeline = wrapper.querySelector('cluster-timeline')!;
      const [first, second] = tops(timeline);
      expect(second).to.be.greaterThan(first!);
      const scroller = query(timeline, '[part="scroller"]')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    });

    it('an invalid layout falls back to vertical with one warning', async () => {
      const consoleSpy = captureConsole();
      const wrapper = await fixture(
        html`<div style="width: 700px"><cluster-timeline layout="diagonal"></cluster-timeline></div>`,
      );
      const timeline = wrapper.querySelector('cluster-timeline')!;
      timeline.requestUpdate();
      await timeline.updateComplete;
      consoleSpy.restore();
      const [first, second] = tops(timeline);
      expect(second).to.be.greaterThan(first!);
      expect(query(timeline, '[role="region"]')).to.equal(null);
      expect(consoleSpy.warnings.length).to.equal(1);
      expect(consoleSpy.warnings[0]).to.include('layout');
      expect(consoleSpy.warnings[0]).to.include('diagonal');
    });

    it('follows the layout property', async () => {
      const wrapper = await fixture(html`<div style="width: 700px"><cluster-timeline></cluster-timeline></div>`);
      const timeline = wrapper.querySelector('cluster-timeline')!;
      timeline.layout = 'horizontal';
      await timeline.updateComplete;
      const [first, second] = tops(timeline);
      expect(second).to.equal(first);
      expect(timeline.getAttribute('layout')).to.equal('horizontal');
    });

    it('causes no sideways page overflow at 320px in either layout', async () => {
      for (const layout of ['vertical', 'horizontal']) {
        const wrapper = await fixture(
          html`<div style="width: 320px"><cluster-timeline layout=${layout}></cluster-timeline></div>`,
        );
        const timeline = wrapper.querySelector('cluster-timeline')!;
        const right = wrapper.getBoundingClientRect().right;
        for (const element of all(timeline, '*')) {
          expect(element.getBoundingClientRect().right, `${layout}: ${element.localName}`).to.be.at.most(right + 0.5);
        }
        expect(wrapper.scrollWidth).to.be.at.most(320);
      }
    });
  });

  describe('keyboard', () => {
    it('the horizontal strip is reachable with Tab, shows focus and scrolls with the arrow keys', async () => {
      const wrapper = await fixture(html`<div style="width: 700px">
        <button>before</button>
        <cluster-timeline layout="horizontal"></cluster-timeline>
      </div>`);
      const timeline = wrapper.querySelector('cluster-timeline')!;
      const scroller = query(timeline, '[part="scroller"]')!;
      wrapper.querySelector('button')!.focus();
      await press('Tab');
      expect(timeline.shadowRoot!.activeElement).to.equal(scroller);
      expect(getComputedStyle(scroller).outlineStyle).to.not.equal('none');
      expect(scroller.scrollLeft).to.equal(0);
      await press('ArrowRight');
      await press('ArrowRight');
      await waitUntil(() => scroller.scrollLeft > 0, 'the strip scrolled with ArrowRight', { timeout: 3000 });
    });

    it('every source link is reachable with Tab in the vertical layout', async () => {
      const timeline = await fixture<ClusterTimeline>(html`<cluster-timeline></cluster-timeline>`);
      const first = query<HTMLAnchorElement>(timeline, 'a')!;
      const before = document.createElement('button');
      timeline.before(before);
      before.focus();
      await press('Tab');
      expect(timeline.shadowRoot!.activeElement).to.equal(first);
      before.remove();
    });
  });

  describe('accessibility and themes', () => {
    const timelines = (variant: Variant) => html`<cluster-timeline theme=${ifDefined(variant.theme)}></cluster-timeline>
      <cluster-timeline layout="horizontal" heading-level="3" theme=${ifDefined(variant.theme)}></cluster-timeline>`;

    it('is axe-clean with text contrast ≥ 4.5:1 in every theme × page × language (16 variants on one page)', async function () {
      this.timeout(MATRIX_TIMEOUT);
      const { root, rendered } = await renderVariants<ClusterTimeline>('cluster-timeline', timelines, (element) => element.updateComplete, 700);
      for (const { variant, elements } of rendered) {
        expect(elements).to.have.length(2);
        for (const timeline of elements) expectTextContrast(timeline.shadowRoot!, variant.label);
      }
      await expectAccessibleTogether(root);
    });

    for (const lang of LANGUAGES) {
      it(`is axe-clean alone on the page, every rule (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style="${PAGES[0].style};width:700px">${timelines(VARIANTS[0])}</div>`);
        for (const timeline of wrapper.querySelectorAll<ClusterTimeline>('cluster-timeline')) {
          await timeline.updateComplete;
          await expectAccessibleAlone(timeline);
        }
      });
    }
  });
});

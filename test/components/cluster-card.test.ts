import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/cluster-card.js';
import { ClusterCard } from '../../src/components/cluster-card/cluster-card.js';
import type { ClusterDataErrorDetail, ClusterSelectDetail } from '../../src/internal/events.js';
import { LANGUAGES, MATRIX_TIMEOUT, PAGES, VARIANTS, expectAccessibleAlone, expectAccessibleTogether, expectTextContrast, renderVariants, type Variant } from '../support/theme-matrix.js';
import { press } from '../support/keys.js';
import { captureConsole, countEvents } from '../support/spies.js';

const shadowText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const query = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);

describe('<cluster-card>', () => {
  it('shows a cluster from the bundled data in Danish by default', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card cluster="odense-robotics"></cluster-card>`);
    expect(query(card, '.name')!.textContent!.trim()).to.equal('Odense Robotics');
    const text = shadowText(card);
    expect(text).to.include('Hovedkontor');
    expect(text).to.include('Odense, Region Syddanmark');
    expect(query(card, '.description')!.textContent!.length).to.be.greaterThan(40);
    expect(query<HTMLAnchorElement>(card, 'a[part="link"]')!.href).to.match(/^https:\/\//);
  });

  it('speaks English under lang="en" on the element', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card lang="en" cluster="odense-robotics"></cluster-card>`);
    const text = shadowText(card);
    expect(text).to.include('Head office');
    expect(text).to.include('Region of Southern Denmark');
  });

  it('inherits the language of an ancestor and follows changes to it', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><cluster-card cluster="made"></cluster-card></div>`);
    const card = wrapper.querySelector('cluster-card')!;
    expect(shadowText(card)).to.include('Head office');
    wrapper.setAttribute('lang', 'da');
    await aTimeout(0);
    await card.updateComplete;
    expect(shadowText(card)).to.include('Hovedkontor');
  });

  it('treats any non-Danish language as English and no language as Danish', async () => {
    const german = await fixture(html`<div lang="de"><cluster-card cluster="clean"></cluster-card></div>`);
    expect(shadowText(german.querySelector('cluster-card')!)).to.include('Head office');
    const none = await fixture<ClusterCard>(html`<cluster-card cluster="clean"></cluster-card>`);
    expect(shadowText(none)).to.include('Hovedkontor');
  });

  it('compact variant leaves out the description, focus and sources', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card variant="compact" cluster="censec"></cluster-card>`);
    expect(query(card, '.description')).to.equal(null);
    expect(query(card, '.focus')).to.equal(null);
    expect(query(card, '.sources')).to.equal(null);
    expect(query(card, '.name')!.textContent!.trim()).to.include('CenSec');
  });

  it('full variant shows focus keywords and up to four sources', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card cluster="energy-cluster-denmark"></cluster-card>`);
    expect(card.shadowRoot!.querySelectorAll('.focus li').length).to.be.greaterThan(1);
    const sources = card.shadowRoot!.querySelectorAll('.sources li');
    expect(sources.length).to.be.within(1, 4);
  });

  it('marks a ceased cluster with a badge and shows its defunct website as text', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card cluster="marlog"></cluster-card>`);
    expect(query(card, '[part="badge"]')!.textContent).to.include('Ophørt');
    expect(query(card, 'a[part="link"]')).to.equal(null);
    expect(shadowText(card)).to.include('marlog.dk');
    expect(shadowText(card)).to.include('ikke længere aktiv');
  });

  it('marks uncertain facts in both languages', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card cluster="clean"></cluster-card>`);
    expect(card.shadowRoot!.querySelectorAll('[part="uncertain"]').length).to.be.greaterThan(0);
    expect(shadowText(card)).to.include('usikker');
    card.lang = 'en';
    await card.updateComplete;
    expect(shadowText(card)).to.include('uncertain');
  });

  it('says "unknown" where the head office and website are unknown', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card lang="en" cluster="censec"></cluster-card>`);
    const facts = Object.fromEntries(
      [...card.shadowRoot!.querySelectorAll('.fact')].map((fact) => [
        fact.querySelector('dt')!.textContent!.trim(),
        fact.querySelector('dd')!.textContent!.trim(),
      ]),
    );
    expect(facts['Head office']).to.equal('unknown');
    expect(facts['Website']).to.equal('unknown');
  });

  it('shows "not found" for an unknown id and fires one cluster-data-error with the id', async () => {
    const consoleSpy = captureConsole();
    const container = await fixture(html`<div></div>`);
    const events = countEvents<ClusterDataErrorDetail>(document, 'cluster-data-error');
    container.innerHTML = '<cluster-card cluster="no-such-cluster"></cluster-card>';
    const card = container.querySelector('cluster-card')!;
    await card.updateComplete;
    card.requestUpdate();
    await card.updateComplete;
    consoleSpy.restore();
    expect(query(card, '[part="notice"]')!.textContent).to.include('no-such-cluster');
    expect(events.count).to.equal(1);
    expect(events.last!.id).to.equal('no-such-cluster');
    events.stop();
  });

  it('renders a partner record through the gate: a javascript: website is dropped with one warning', async () => {
    const consoleSpy = captureConsole();
    const card = await fixture<ClusterCard>(html`<cluster-card></cluster-card>`);
    card.data = {
      id: 'partner',
      name: '<img src=x onerror="window.__pwned = 1">Partner Cluster',
      website: 'javascript:alert(1)',
      description: { da: '<b>fed</b>', en: '<b>bold</b>' },
    };
    await card.updateComplete;
    consoleSpy.restore();
    expect(query(card, '.name')!.textContent).to.include('<img');
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(query(card, 'a[part="link"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(consoleSpy.warnings.length).to.equal(1);
    expect(consoleSpy.warnings[0]).to.include('website');
  });

  it('fires one cluster-data-error for an invalid partner record', async () => {
    const consoleSpy = captureConsole();
    const card = await fixture<ClusterCard>(html`<cluster-card></cluster-card>`);
    const events = countEvents(card, 'cluster-data-error');
    card.data = { id: 'x' };
    await card.updateComplete;
    consoleSpy.restore();
    expect(events.count).to.equal(1);
    events.stop();
  });

  it('looks the id up in a partner dataset given as the clusters property', async () => {
    const card = await fixture<ClusterCard>(html`<cluster-card cluster="p1"></cluster-card>`);
    card.clusters = [{ id: 'p1', name: 'Partner One', area: 'robotics' }];
    await card.updateComplete;
    expect(query(card, '.name')!.textContent!.trim()).to.equal('Partner One');
    expect(query(card, '.area')!.textContent).to.include('Robot');
  });

  it('loads a dataset from src and fires one cluster-data-load', async () => {
    const json = JSON.stringify({ version: 1, clusters: [{ id: 'remote', name: 'Remote Cluster' }] });
    const src = `data:application/json,${encodeURIComponent(json)}`;
    const card = await fixture<ClusterCard>(html`<cluster-card cluster="remote"></cluster-card>`);
    const loaded = oneEvent(card, 'cluster-data-load');
    card.src = src;
    const event = await loaded;
    expect(event.detail.count).to.equal(1);
    await card.updateComplete;
    expect(query(card, '.name')!.textContent!.trim()).to.equal('Remote Cluster');
  });

  it('falls back to the bundled data with one cluster-data-error when src is broken', async () => {
    const consoleSpy = captureConsole();
    const card = await fixture<ClusterCard>(html`<cluster-card cluster="odense-robotics"></cluster-card>`);
    const events = countEvents(document, 'cluster-data-error');
    const failed = oneEvent(card, 'cluster-data-error');
    const liveRegion = query(card, '[role="status"]');
    card.src = 'data:application/json,{not json';
    await failed;
    await card.updateComplete;
    await aTimeout(20);
    consoleSpy.restore();
    expect(events.count).to.equal(1);
    expect(query(card, '.name')!.textContent!.trim()).to.equal('Odense Robotics');
    expect(query(card, '.data-error')).to.not.equal(null);
    // Announced: the notice appears inside a live region that was already there (not a new one).
    expect(liveRegion, 'a live region before the failure').to.not.equal(null);
    expect(query(card, '.data-error')!.closest('[role="status"]')).to.equal(liveRegion);
    events.stop();
  });

  it('reserves its height while src loads', async () => {
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const card = await fixture<ClusterCard>(html`<cluster-card cluster="made" src="/pending.json"></cluster-card>`);
      const skeleton = query(card, '.skeleton')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      const fontSize = parseFloat(getComputedStyle(card).fontSize);
      expect(card.getBoundingClientRect().height).to.be.at.least(15 * fontSize);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('hides its light-DOM fallback content once rendered', async () => {
    const card = await fixture<ClusterCard>(
      html`<cluster-card cluster="made"><a href="https://www.made.dk">MADE</a></cluster-card>`,
    );
    expect(card.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  describe('activation', () => {
    it('fires exactly one cluster-select on Enter and on Space on its button', async () => {
      const card = await fixture<ClusterCard>(html`<cluster-card cluster="digitallead"></cluster-card>`);
      const events = countEvents<ClusterSelectDetail>(document, 'cluster-select');
      query(card, 'button')!.focus();
      await press('Enter');
      expect(events.count).to.equal(1);
      expect(events.last!.id).to.equal('digitallead');
      expect(events.last!.cluster.name).to.equal('DigitalLead');
      await press('Space');
      expect(events.count).to.equal(2);
      events.stop();
    });

    it('is reachable with Tab', async () => {
      const card = await fixture<ClusterCard>(html`<cluster-card cluster="digitallead"></cluster-card>`);
      const before = document.createElement('button');
      card.before(before);
      before.focus();
      await press('Tab');
      expect(card.shadowRoot!.activeElement).to.equal(query(card, 'button'));
      before.remove();
    });

    it('fires one cluster-select for a click on the card, none for a click on its website link', async () => {
      const card = await fixture<ClusterCard>(html`<cluster-card cluster="made"></cluster-card>`);
      const events = countEvents(document, 'cluster-select');
      query(card, '.description')!.click();
      expect(events.count).to.equal(1);
      const link = query<HTMLAnchorElement>(card, 'a[part="link"]')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      expect(events.count).to.equal(1);
      events.stop();
    });
  });

  describe('attributes', () => {
    it('uses heading-level for its heading (default 3)', async () => {
      const card = await fixture<ClusterCard>(html`<cluster-card cluster="made"></cluster-card>`);
      expect(query(card, 'h3.name')).to.not.equal(null);
      const level2 = await fixture<ClusterCard>(html`<cluster-card heading-level="2" cluster="made"></cluster-card>`);
      expect(query(level2, 'h2.name')).to.not.equal(null);
    });

    it('an invalid heading-level or variant falls back to the default with one warning each, no event', async () => {
      const consoleSpy = captureConsole();
      const events = countEvents(document, 'cluster-data-error');
      const card = await fixture<ClusterCard>(
        html`<cluster-card heading-level="9" variant="huge" cluster="made"></cluster-card>`,
      );
      card.requestUpdate();
      await card.updateComplete;
      consoleSpy.restore();
      expect(query(card, 'h3.name')).to.not.equal(null);
      expect(query(card, '.description')).to.not.equal(null);
      expect(consoleSpy.warnings.filter((w) => w.includes('heading-level')).length).to.equal(1);
      expect(consoleSpy.warnings.filter((w) => w.includes('variant')).length).to.equal(1);
      expect(events.count).to.equal(0);
      events.stop();
    });
  });

  describe('define()', () => {
    it('registering the same class twice is silent and keeps working', async () => {
      const consoleSpy = captureConsole();
      expect(() => ClusterCard.define('cluster-card')).to.not.throw();
      expect(ClusterCard.define('cluster-card')).to.equal(true);
      await aTimeout(0);
      consoleSpy.restore();
      expect(consoleSpy.warnings).to.deep.equal([]);
    });

    it('a tag taken by foreign code is left alone with one warning naming it', async () => {
      const consoleSpy = captureConsole();
      customElements.define('taken-card-a', class extends HTMLElement {});
      customElements.define('taken-card-b', class extends HTMLElement {});
      expect(() => ClusterCard.define('taken-card-a')).to.not.throw();
      expect(class extends ClusterCard {}.define('taken-card-b')).to.equal(false);
      await aTimeout(0);
      consoleSpy.restore();
      expect(consoleSpy.warnings.length).to.equal(1);
      expect(consoleSpy.warnings[0]).to.include('taken-card-a');
      expect(consoleSpy.warnings[0]).to.include('taken-card-b');
    });

    it('a subclass can be registered under a partner’s own tag name', async () => {
      customElements.define('partner-cluster-card', class extends ClusterCard {});
      const card = await fixture(html`<partner-cluster-card cluster="made"></partner-cluster-card>`);
      expect(card.shadowRoot!.querySelector('.name')!.textContent).to.include('MADE');
    });
  });

  describe('accessibility and themes', () => {
    const cards = (variant: Variant) => html`<cluster-card cluster="clean" theme=${ifDefined(variant.theme)}></cluster-card>
      <cluster-card cluster="marlog" variant="compact" theme=${ifDefined(variant.theme)}></cluster-card>`;

    it('is axe-clean with text contrast ≥ 4.5:1 in every theme × page × language (16 variants on one page)', async function () {
      this.timeout(MATRIX_TIMEOUT);
      const { root, rendered } = await renderVariants<ClusterCard>('cluster-card', cards, (card) => card.updateComplete);
      for (const { variant, elements } of rendered) {
        expect(elements).to.have.length(2);
        for (const card of elements) expectTextContrast(card.shadowRoot!, variant.label);
      }
      await expectAccessibleTogether(root);
    });

    for (const lang of LANGUAGES) {
      it(`is axe-clean alone on the page, every rule (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style=${PAGES[0].style}>${cards(VARIANTS[0])}</div>`);
        for (const card of wrapper.querySelectorAll<ClusterCard>('cluster-card')) {
          await card.updateComplete;
          await expectAccessibleAlone(card);
        }
      });
    }
  });
});

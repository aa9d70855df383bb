import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/cluster-about.js';
import type { ClusterAbout } from '../../src/components/cluster-about/cluster-about.js';
import { LANGUAGES, MATRIX_TIMEOUT, PAGES, VARIANTS, expectAccessibleAlone, expectAccessibleTogether, expectTextContrast, renderVariants, type Variant } from '../support/theme-matrix.js';
import { press } from '../support/keys.js';
import { captureConsole } from '../support/spies.js';

const TOPICS = ['what-is-a-cluster', 'central-role', 'cluster-organisation', 'history'] as const;
type Topic = (typeof TOPICS)[number];
type Lang = 'da' | 'en';

const HEADINGS: Record<Lang, Record<Topic, string>> = {
  da: {
    'what-is-a-cluster': 'Hvad er en klynge?',
    'central-role': 'Klyngernes rolle i dansk erhvervsfremme',
    'cluster-organisation': 'Klyngeorganisationen',
    history: 'Klyngernes historie',
  },
  en: {
    'what-is-a-cluster': 'What is a cluster?',
    'central-role': 'The clusters’ role in Danish business support',
    'cluster-organisation': 'The cluster organisation',
    history: 'History of the clusters',
  },
};

/** The named facts of the issue, per topic, in the form each language prints them (dates via Intl). */
const FACTS: Record<Lang, Record<Topic, string[]>> = {
  da: {
    'what-is-a-cluster': ['14 nationale klynger', '2021', 'MARLOG', 'foråret 2022', '13', '2025–2028', '11 klyngeorganisationer', 'ikke beskyttet'],
    'central-role': ['UFM', 'DEB', '2021–2024', 'efteråret 2024', '60 repræsentationer', '14 i hovedstaden'],
    'cluster-organisation': ['privat klyngeorganisation', 'neutral facilitator', '2020', 'CVR-nummer', 'ECEI-guldmærke'],
    history: [
      '2003',
      'Regionale vækstmiljøer',
      '40–60',
      '2020–2023',
      '5. marts 2020',
      '1. oktober 2020',
      '14 nationale klynger',
      '1. januar 2021',
      '80 mio. kr.',
      '640 mio. kr.',
      '18.058',
      'marts 2022',
      'MARLOG',
      '13',
      '662 mio. kr.',
      '11 klyngeorganisationer',
      '2025–2028',
    ],
  },
  en: {
    'what-is-a-cluster': ['14 national clusters', '2021', 'MARLOG', 'spring 2022', '13', '2025–2028', '11 cluster organisations', 'not protected'],
    'central-role': ['UFM', 'DEB', '2021–2024', 'autumn 2024', '60 locations', '14 in the capital'],
    'cluster-organisation': ['private cluster organisation', 'neutral facilitator', '2020', 'CVR number', 'ECEI gold label'],
    history: [
      '2003',
      'Regional growth environments',
      '40–60',
      '2020–2023',
      '5 March 2020',
      '1 October 2020',
      '14 national clusters',
      '1 January 2021',
      'DKK 80 million',
      'DKK 640 million',
      '18,058',
      'March 2022',
      'MARLOG',
      '13',
      'DKK 662 million',
      '11 cluster organisations',
      '2025–2028',
    ],
  },
};

const all = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];
const query = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const sections = (element: Element) => all(element, 'section');
const shownTopics = (element: Element) => sections(element).map((section) => section.dataset.topic);
const section = (element: Element, topic: Topic) => query(element, `section[data-topic="${topic}"]`)!;
const headingText = (element: Element, topic: Topic) => squash(section(element, topic).querySelector('[part="heading"]')!.textContent);

async function about(template: ReturnType<typeof html>): Promise<ClusterAbout> {
  const element = await fixture<ClusterAbout>(template);
  await element.updateComplete;
  return element;
}

describe('<cluster-about>', () => {
  describe('the four topics', () => {
    for (const lang of ['da', 'en'] as const) {
      it(`shows all four in order (${lang}), each a section named by its h2`, async () => {
        const element = await about(html`<cluster-about lang=${lang}></cluster-about>`);
        expect(shownTopics(element)).to.deep.equal([...TOPICS]);
        for (const topic of TOPICS) {
          const box = section(element, topic);
          const heading = box.querySelector('[part="heading"]')!;
          expect(heading.localName, topic).to.equal('h2');
          expect(headingText(element, topic)).to.equal(HEADINGS[lang][topic]);
          const label = element.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
          expect(heading.contains(label), `${topic}: aria-labelledby points into its heading`).to.equal(true);
          expect(box.querySelectorAll('p.text').length, topic).to.be.greaterThan(0);
        }
      });

      it(`states every named fact in its topic (${lang})`, async () => {
        const element = await about(html`<cluster-about lang=${lang}></cluster-about>`);
        for (const topic of TOPICS) {
          const text = squash(section(element, topic).textContent);
          for (const fact of FACTS[lang][topic]) expect(text, `${topic}: ${fact}`).to.include(fact);
        }
      });

      it(`gives every topic its https source links, each host once (${lang})`, async () => {
        const element = await about(html`<cluster-about lang=${lang}></cluster-about>`);
        for (const topic of TOPICS) {
          const links = [...section(element, topic).querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];
          expect(links.length, topic).to.be.greaterThan(0);
          for (const link of links) expect(link.href, topic).to.match(/^https:\/\//);
          const names = links.map((link) => squash(link.textContent));
          expect(new Set(names).size, `${topic}: ${names.join(', ')}`).to.equal(names.length);
          const list = section(element, topic).querySelector('[part="sources"]')!;
          const label = element.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!;
          expect(squash(label.textContent)).to.equal(lang === 'da' ? 'Kilder' : 'Sources');
        }
      });
    }

    it('dates the history in a timeline of <time> elements, oldest first', async () => {
      const element = await about(html`<cluster-about topic="history"></cluster-about>`);
      const times = all(element, 'ol[part="list"] time').map((time) => time.getAttribute('datetime')!);
      expect(times).to.include.members(['2003', '2020-10-01', '2021-01-01', '2022-03', '2025']);
      expect([...times].sort()).to.deep.equal(times);
    });

    it('marks the uncertain facts in both languages', async () => {
      const element = await about(html`<cluster-about></cluster-about>`);
      const marks = all(element, '[part="uncertain"]');
      expect(marks.length).to.be.greaterThan(0);
      expect(squash(marks[0].textContent)).to.equal('usikker');
      expect(squash(section(element, 'history').querySelector('p')!.textContent)).to.include('usikker');
      element.lang = 'en';
      await element.updateComplete;
      expect(squash(all(element, '[part="uncertain"]')[0].textContent)).to.equal('uncertain');
    });

    it('renders its text on the first update (nothing to load) and hides its light-DOM fallback', async () => {
      const element = await about(html`<cluster-about><p>Hvad er en klynge?</p></cluster-about>`);
      expect(sections(element).length).to.equal(4);
      expect(element.querySelector('p')!.getClientRects().length).to.equal(0);
    });

    it('declares the language of its text on its wrapper', async () => {
      const element = await about(html`<cluster-about lang="en-GB"></cluster-about>`);
      expect(query(element, '[part="about"]')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('topic', () => {
    for (const topic of TOPICS) {
      it(`topic="${topic}" shows only that topic`, async () => {
        const element = await about(html`<cluster-about topic=${topic}></cluster-about>`);
        expect(shownTopics(element)).to.deep.equal([topic]);
        expect(headingText(element, topic)).to.equal(HEADINGS.da[topic]);
      });
    }

    it('an invalid topic shows all four with exactly one warning, and recovers when made valid', async () => {
      const consoleSpy = captureConsole();
      try {
        const element = await about(html`<cluster-about topic="everything"></cluster-about>`);
        element.requestUpdate();
        await element.updateComplete;
        element.lang = 'en';
        await element.updateComplete;
        expect(shownTopics(element)).to.deep.equal([...TOPICS]);
        expect(consoleSpy.warnings.length).to.equal(1);
        expect(consoleSpy.warnings[0]).to.include('topic');
        expect(consoleSpy.warnings[0]).to.include('everything');
        element.topic = 'history';
        await element.updateComplete;
        expect(shownTopics(element)).to.deep.equal(['history']);
        element.removeAttribute('topic');
        await element.updateComplete;
        expect(shownTopics(element)).to.deep.equal([...TOPICS]);
        expect(consoleSpy.warnings.length).to.equal(1);
        expect(consoleSpy.errors).to.deep.equal([]);
      } finally {
        consoleSpy.restore();
      }
    });

    it('follows the topic property and reflects it', async () => {
      const element = await about(html`<cluster-about></cluster-about>`);
      element.topic = 'central-role';
      await element.updateComplete;
      expect(shownTopics(element)).to.deep.equal(['central-role']);
      expect(element.getAttribute('topic')).to.equal('central-role');
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 3, 4, 6]) {
      it(`heading-level="${level}" puts every topic heading at that level`, async () => {
        const element = await about(html`<cluster-about heading-level=${level}></cluster-about>`);
        const headings = all(element, '[part="heading"]');
        expect(headings.length).to.equal(4);
        for (const heading of headings) expect(heading.localName).to.equal(`h${level}`);
        expect(all(element, 'h1, h2, h3, h4, h5, h6').length).to.equal(4);
      });
    }

    it('an invalid heading-level falls back to 2 with one warning', async () => {
      const consoleSpy = captureConsole();
      try {
        const element = await about(html`<cluster-about heading-level="9" topic="history"></cluster-about>`);
        element.requestUpdate();
        await element.updateComplete;
        expect(query(element, 'h2[part="heading"]')).to.not.equal(null);
        expect(consoleSpy.warnings.length).to.equal(1);
        expect(consoleSpy.warnings[0]).to.include('heading-level');
      } finally {
        consoleSpy.restore();
      }
    });
  });

  describe('language', () => {
    it('is Danish without any declared language, English under a non-Danish one', async () => {
      const none = await about(html`<cluster-about topic="history"></cluster-about>`);
      expect(headingText(none, 'history')).to.equal(HEADINGS.da.history);
      const wrapper = await fixture(html`<div lang="de"><cluster-about topic="history"></cluster-about></div>`);
      const german = wrapper.querySelector('cluster-about')!;
      await german.updateComplete;
      expect(headingText(german, 'history')).to.equal(HEADINGS.en.history);
    });

    it('re-renders when its own lang changes, dates included', async () => {
      const element = await about(html`<cluster-about topic="history"></cluster-about>`);
      expect(squash(section(element, 'history').textContent)).to.include('1. oktober 2020');
      element.lang = 'en';
      await element.updateComplete;
      expect(headingText(element, 'history')).to.equal(HEADINGS.en.history);
      expect(squash(section(element, 'history').textContent)).to.include('1 October 2020');
      expect(squash(query(element, '.sources-label')!.textContent)).to.equal('Sources');
    });

    it('follows a change of an ancestor’s lang', async () => {
      const wrapper = await fixture(html`<div lang="en"><cluster-about topic="what-is-a-cluster"></cluster-about></div>`);
      const element = wrapper.querySelector('cluster-about')!;
      await element.updateComplete;
      expect(headingText(element, 'what-is-a-cluster')).to.equal(HEADINGS.en['what-is-a-cluster']);
      wrapper.setAttribute('lang', 'da-DK');
      await aTimeout(0);
      await element.updateComplete;
      expect(headingText(element, 'what-is-a-cluster')).to.equal(HEADINGS.da['what-is-a-cluster']);
    });
  });

  describe('keyboard', () => {
    it('reaches every source link with Tab, in order, with a visible focus ring', async () => {
      const wrapper = await fixture(html`<div><button>before</button><cluster-about topic="history"></cluster-about></div>`);
      const element = wrapper.querySelector('cluster-about')!;
      await element.updateComplete;
      const links = all<HTMLAnchorElement>(element, 'a');
      expect(links.length).to.be.greaterThan(1);
      wrapper.querySelector('button')!.focus();
      for (const link of links) {
        await press('Tab');
        expect(element.shadowRoot!.activeElement, link.href).to.equal(link);
        const style = getComputedStyle(link);
        expect(style.outlineStyle, link.href).to.not.equal('none');
        expect(parseFloat(style.outlineWidth), link.href).to.be.greaterThan(0);
      }
    });
  });

  describe('layout', () => {
    for (const lang of ['da', 'en'] as const) {
      it(`fits 320 px without sideways overflow (${lang}, every theme)`, async () => {
        for (const theme of [undefined, 'light', 'dark', 'auto']) {
          const wrapper = await fixture(
            html`<div style="width: 320px" lang=${lang}><cluster-about theme=${ifDefined(theme)}></cluster-about></div>`,
          );
          const element = wrapper.querySelector('cluster-about')!;
          await element.updateComplete;
          const right = wrapper.getBoundingClientRect().right;
          expect(element.getBoundingClientRect().width).to.be.at.most(320);
          for (const child of all(element, '*')) {
            expect(child.getBoundingClientRect().right, `${child.localName}.${child.className}`).to.be.at.most(right + 0.5);
          }
          expect(wrapper.scrollWidth).to.be.at.most(320);
        }
      });
    }

    it('inherits the partner’s font and sets no font size on its paragraphs', async () => {
      const wrapper = await fixture(
        html`<div style="font: 19px/1.7 Georgia, serif"><cluster-about topic="what-is-a-cluster"></cluster-about></div>`,
      );
      const element = wrapper.querySelector('cluster-about')!;
      await element.updateComplete;
      const paragraph = getComputedStyle(query(element, 'p.text')!);
      expect(paragraph.fontSize).to.equal('19px');
      expect(paragraph.fontFamily).to.include('Georgia');
      expect(paragraph.lineHeight).to.equal(getComputedStyle(wrapper).lineHeight);
    });
  });

  describe('accessibility and themes', () => {
    const about = (variant: Variant) => html`<cluster-about theme=${ifDefined(variant.theme)}></cluster-about>`;

    it('is axe-clean with text contrast ≥ 4.5:1 in every theme × page × language (16 variants on one page)', async function () {
      this.timeout(MATRIX_TIMEOUT);
      const { root, rendered } = await renderVariants<ClusterAbout>('cluster-about', about, (element) => element.updateComplete, 700);
      for (const { variant, elements } of rendered) expectTextContrast(elements[0].shadowRoot!, variant.label);
      await expectAccessibleTogether(root);
    });

    for (const lang of LANGUAGES) {
      it(`is axe-clean alone on the page, every rule (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang} style="${PAGES[0].style};width:700px">${about(VARIANTS[0])}</div>`);
        const element = wrapper.querySelector<ClusterAbout>('cluster-about')!;
        await element.updateComplete;
        await expectAccessibleAlone(element);
      });
    }
  });
});

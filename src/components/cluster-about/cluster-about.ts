import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { aboutDa } from '../../i18n/about-da.js';
import { aboutEn } from '../../i18n/about-en.js';
import {
  ABOUT_TOPICS,
  sectionSources,
  type AboutBlock,
  type AboutSection,
  type AboutTopic,
} from '../../i18n/about-strings.js';
import { formatIsoDate } from '../../i18n/strings.js';
import { enumValue } from '../../internal/attribute-values.js';
import { ClusterElement } from '../../internal/base-element.js';
import { hostStyles } from '../../internal/styles.js';
import { heading } from '../../render/heading.js';
import { displayHost } from '../../render/labels.js';
import { aboutStyles } from './cluster-about.styles.js';

/**
 * "What is a cluster": the story behind Denmark's national clusters in four topics — what a cluster is
 * and who takes part, the clusters' role in Danish business support, the cluster organisation, and the
 * history from 2003 to the 11 clusters funded for 2025–2028. Danish or English from `lang`; every topic
 * lists its sources. Semantic sections, headings, paragraphs and lists in the partner's own typography.
 * Not data-bearing: the text ships with the element. Light-DOM children are fallback content for visitors
 * without JavaScript and for crawlers: shown until the element is defined, then hidden by its shadow root.
 *
 * @tagname cluster-about
 * @summary The "what is a cluster" story in Danish and English, one topic or all four, with sources.
 *
 * @csspart about - The wrapper around the topics.
 * @csspart topic - One topic (`<section>`); its `data-topic` attribute holds the topic's id.
 * @csspart heading - A topic's heading (`<h1>`–`<h6>` from `heading-level`).
 * @csspart text - A paragraph.
 * @csspart list - A list: the requirements of a cluster organisation, or the history timeline (`<ol>`).
 * @csspart item - A list item.
 * @csspart date - The date of a history item (`<time>`).
 * @csspart uncertain - A marker on a fact the sources rate as uncertain or disagree about.
 * @csspart sources - A topic's list of source links.
 * @csspart link - A source link.
 *
 * @cssproperty [--cluster-text=inherit] - Text colour (`theme="light"`: #1b1b1f, `dark`: #ececf1).
 * @cssproperty [--cluster-surface=transparent] - Background (`theme="light"`: #fff, `dark`: #17181c).
 * @cssproperty [--cluster-accent=light-dark(#0a57a4, #9cc9ff)] - Link colour.
 * @cssproperty [--cluster-focus-color=light-dark(#0a57a4, #9cc9ff)] - Focus outline colour.
 * @cssproperty [--cluster-border-color=color-mix(in srgb, currentColor 28%, transparent)] - Timeline line and marker border.
 * @cssproperty [--cluster-muted-text=color-mix(in srgb, currentColor 80%, transparent)] - The "Sources" label.
 * @cssproperty [--cluster-radius=0.5em] - Corner radius of the surface (explicit themes).
 * @cssproperty [--cluster-about-heading-size=1.375em] - Font size of the topic headings (every level).
 * @cssproperty [--cluster-about-gap=2em] - Space between topics.
 * @cssproperty [--cluster-about-padding=1em 1.125em] - Inner spacing when `theme` paints a surface.
 */
export class ClusterAbout extends ClusterElement {
  static override styles = [hostStyles, aboutStyles];

  static override properties: PropertyDeclarations = {
    topic: { type: String, reflect: true },
  };

  /** One topic: `what-is-a-cluster`, `central-role`, `cluster-organisation` or `history`; absent: all four. */
  declare topic: AboutTopic | undefined;

  protected override render(): TemplateResult {
    // enumValue warns once per element and invalid value; 'all' is only the fallback, never a valid value.
    const chosen = enumValue(this, 'topic', this.topic, ABOUT_TOPICS, 'all');
    const text = this.language === 'en' ? aboutEn : aboutDa;
    const topics = chosen === 'all' ? ABOUT_TOPICS : [chosen];
    // `lang` on the wrapper: the text's language may differ from the page's (nothing declared → Danish),
    // and screen readers should pronounce it right.
    return html`<div class="about" part="about" lang=${this.language}>
      ${topics.map((topic) => this.renderTopic(topic, text[topic]))}
    </div>`;
  }

  private renderTopic(topic: AboutTopic, section: AboutSection): TemplateResult {
    // Ids are unique within the shadow root: at most one section per topic.
    const headingId = `${topic}-heading`;
    const sourcesId = `${topic}-sources`;
    const dated = section.list?.some((block) => block.date) ?? false;
    const items = section.list?.map((block) => html`<li part="item">${this.renderBlock(block)}</li>`);
    return html`<section class="topic" part="topic" data-topic=${topic} aria-labelledby=${headingId}>
      ${heading(this.resolvedHeadingLevel, 'heading', 'heading', html`<span id=${headingId}>${section.heading}</span>`)}
      ${section.paragraphs.map((block) => html`<p class="text" part="text">${this.renderBlock(block)}</p>`)}
      ${items
        ? dated
          ? html`<ol class="list timeline" part="list">${items}</ol>`
          : html`<ul class="list" part="list">${items}</ul>`
        : nothing}
      <p class="sources-label" id=${sourcesId}>${this.strings.sources}</p>
      <ul class="sources" part="sources" aria-labelledby=${sourcesId}>
        ${sectionSources(section).map(
          (url) => html`<li><a part="link" href=${url} rel="noopener">${displayHost(url)}</a></li>`,
        )}
      </ul>
    </section>`;
  }

  /** A block's date (via Intl), its text, and the uncertainty marker where the fact base asks for one. */
  private renderBlock(block: AboutBlock): TemplateResult {
    const { language, strings } = this;
    const date = block.date
      ? html`<time class="date" part="date" datetime=${block.date}>${formatIsoDate(block.date, language)}</time>`
      : nothing;
    const mark = block.uncertain
      ? html` <span class="uncertain" part="uncertain" title=${strings.uncertainLabel}>${strings.uncertain}</span>`
      : nothing;
    return html`${date}${block.text}${mark}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-about': ClusterAbout;
  }
}

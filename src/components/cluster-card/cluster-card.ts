import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { acceptCluster, describeWarnings, getCluster } from '../../data/index.js';
import type { Cluster } from '../../data/types.js';
import { enumValue } from '../../internal/attribute-values.js';
import { DataElement } from '../../internal/data-element.js';
import { hostStyles } from '../../internal/styles.js';
import { renderCard } from '../../render/card.js';
import { cardStyles } from '../../render/card.styles.js';
import { cardHostStyles } from './cluster-card.styles.js';

/** Values of the card's `variant` attribute. */
export type CardVariant = 'full' | 'compact';
const VARIANTS: readonly CardVariant[] = ['full', 'compact'];

/**
 * One Danish national cluster as a card: name, strength area, description, head office and region,
 * website, status and sources, with uncertain facts marked. Danish or English from `lang`.
 * Light-DOM children are fallback content for visitors without JavaScript and for crawlers: shown until
 * the element is defined, then hidden by its shadow root.
 *
 * @tagname cluster-card
 * @summary One cluster as a card, from the bundled data, a partner’s `src` JSON or a `data` record.
 *
 *
 * @csspart card - The card's box (`<article>`).
 * @csspart area - The strength-area line.
 * @csspart badge - The "ceased" badge.
 * @csspart name - The heading with the cluster's name.
 * @csspart activate - The button in the heading that selects the cluster.
 * @csspart description - The description paragraph (`variant="full"`).
 * @csspart facts - The list of facts (head office, founded, programme, website).
 * @csspart uncertain - A marker on an uncertain fact.
 * @csspart link - The website link.
 * @csspart focus - The list of focus keywords.
 * @csspart sources - The sources disclosure.
 * @csspart notice - The "not found" / error notice.
 *
 * @cssproperty [--cluster-text=inherit] - Text colour (`theme="light"`: #1b1b1f, `dark`: #ececf1).
 * @cssproperty [--cluster-surface=transparent] - Background (`theme="light"`: #fff, `dark`: #17181c).
 * @cssproperty [--cluster-card-surface=var(--cluster-surface)] - Background of the card only.
 * @cssproperty [--cluster-accent=light-dark(#0a57a4, #9cc9ff)] - Link and selection colour.
 * @cssproperty [--cluster-focus-color=light-dark(#0a57a4, #9cc9ff)] - Focus outline colour.
 * @cssproperty [--cluster-border-color=color-mix(in srgb, currentColor 28%, transparent)] - Border colour.
 * @cssproperty [--cluster-tint=color-mix(in srgb, currentColor 7%, transparent)] - Badge and keyword background.
 * @cssproperty [--cluster-muted-text=color-mix(in srgb, currentColor 80%, transparent)] - Secondary text.
 * @cssproperty [--cluster-radius=0.5em] - Corner radius.
 * @cssproperty [--cluster-card-padding=1em 1.125em] - Inner spacing of the card.
 * @cssproperty [--cluster-card-min-height=16em] - Height reserved while data loads (`full`).
 * @cssproperty [--cluster-card-compact-min-height=7em] - Height reserved while data loads (`compact`).
 *
 * @fires {CustomEvent<ClusterSelectDetail>} cluster-select - The visitor activated the card (click, or
 *   Enter/Space on its button). `detail: { id, cluster }`.
 * @fires {CustomEvent<ClusterDataLoadDetail>} cluster-data-load - Data from `src` loaded. `detail: { src, count }`.
 * @fires {CustomEvent<ClusterDataErrorDetail>} cluster-data-error - `src` or `data` failed, or `cluster` is
 *   unknown. `detail: { src?, id?, message, errors }`; the card then shows the bundled data or "not found".
 */
export class ClusterCard extends DataElement {
  static override styles = [hostStyles, cardStyles, cardHostStyles];
  protected static override defaultHeadingLevel = 3;

  static override properties: PropertyDeclarations = {
    cluster: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    data: { attribute: false },
  };

  /** Id of the cluster to show, such as `odense-robotics`. */
  declare cluster: string | undefined;
  /** `full` (default) shows everything; `compact` shows area, name, head office and website. */
  declare variant: CardVariant | undefined;
  /** One cluster record to show instead of looking up `cluster`; it goes through the data gate. */
  declare data: unknown;
  /** A dataset or an array of clusters to look `cluster` up in; wins over `src`. */
  declare clusters: unknown;

  /** The gated `data` record when `data` is set and valid; null when the gate rejected it. */
  private record: Cluster | null | undefined;
  /** What was last reported as missing, so a re-render does not report it again. */
  private reported: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) enumValue(this, 'variant', this.variant, VARIANTS, 'full');
    if (changed.has('data')) this.gateRecord();
  }

  protected override updated(): void {
    this.reportMissing();
  }

  /** The record to show: the `data` record, else `cluster` looked up in the data in use. */
  private get shown(): Cluster | undefined {
    if (this.record) return this.record;
    const data = this.store.data;
    return data && this.cluster ? getCluster(this.cluster, data) : undefined;
  }

  private gateRecord(): void {
    this.record = undefined;
    if (this.data === undefined || this.data === null) return;
    const result = acceptCluster(this.data);
    if (result.warnings.length > 0) console.warn(`<${this.localName}>: ${describeWarnings(result.warnings)}`);
    if (result.ok) {
      this.record = result.cluster;
      return;
    }
    this.record = null;
    const message = `Invalid cluster record: ${result.errors.map((e) => `${e.path || '/'} ${e.message}`).join('; ')}.`;
    console.warn(`<${this.localName}>: ${message}`);
    this.emit('cluster-data-error', { message, errors: result.errors });
  }

  /** An unknown `cluster` id gets one `cluster-data-error`, unless the data itself already failed. */
  private reportMissing(): void {
    const state = this.store.state;
    if (state.type !== 'ready' || !this.cluster || this.record || this.shown) {
      if (state.type !== 'loading') this.reported = undefined;
      return;
    }
    if (this.reported === this.cluster) return;
    this.reported = this.cluster;
    this.emit('cluster-data-error', {
      id: this.cluster,
      message: `No cluster with the id "${this.cluster}".`,
      errors: [],
    });
  }

  private select(cluster: Cluster): void {
    this.emit('cluster-select', { id: cluster.id, cluster });
  }

  protected override render(): TemplateResult {
    // `lang`: the language in use, also where it is a fallback (a German page gets English), so screen
    // readers pronounce it right. The live region is there from the first render, so a notice that
    // appears later is announced (a region inserted together with its text often is not).
    return html`<div lang=${this.language}>${this.renderBody()}<div role="status">${this.renderNotice()}</div></div>`;
  }

  /** The skeleton while data loads, then the card (or nothing when the id is unknown). */
  private renderBody(): TemplateResult | typeof nothing {
    const variant = enumValue(this, 'variant', this.variant, VARIANTS, 'full');
    const data = this.store.data;
    if (!data) {
      return html`<div class="skeleton ${variant}" part="card" aria-busy="true">
        <span class="visually-hidden">${this.strings.loading}</span>
      </div>`;
    }
    const cluster = this.shown;
    if (!cluster) return nothing;
    return renderCard(cluster, {
      data,
      language: this.language,
      strings: this.strings,
      variant,
      headingLevel: this.resolvedHeadingLevel,
      onActivate: (selected) => this.select(selected),
    });
  }

  /** "Data could not be loaded" when `data` was rejected or `src` failed, or "not found" for an unknown id. */
  private renderNotice(): TemplateResult | typeof nothing {
    if (!this.store.data) return nothing;
    if (this.record === null || (this.shown && this.store.state.type === 'error')) {
      return html`<p class="data-error" part="notice">${this.strings.dataError}</p>`;
    }
    return !this.shown && this.cluster ? html`<p class="notice" part="notice">${this.strings.notFound(this.cluster)}</p>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-card': ClusterCard;
  }
}

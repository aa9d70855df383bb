import { html, type TemplateResult } from 'lit';
import { ListElement } from '../../internal/list-element.js';
import { hostStyles } from '../../internal/styles.js';
import { cardStyles } from '../../render/card.styles.js';
import { listStyles } from '../../render/list.styles.js';
import type { ListLayout } from '../../render/results.js';

export type { ListLayout };

/**
 * The Danish national clusters as a list of cards to browse, search, filter and sort, in Danish or
 * English. Bundled data by default; a partner's JSON with `src` or the `clusters` property. Long lists
 * (more than 200 results) render only the cards near the viewport.
 *
 * @tagname cluster-list
 * @summary Browse, search, filter and sort the clusters: the element most partners embed.
 *
 * @csspart filters - The form holding the filter controls.
 * @csspart field - One labelled control (label and input or select).
 * @csspart input - The search box.
 * @csspart select - A drop-down (strength area, region, status, sort).
 * @csspart count - The result count (announced politely to screen readers).
 * @csspart cards - The list of cards.
 * @csspart card - A card's box. The card's inner parts (`area`, `badge`, `name`, `activate`, `description`,
 *   `facts`, `uncertain`, `link`, `focus`, `sources`) are exposed as on `<cluster-card>`.
 * @csspart show-all - The "show all (n)" button under a `limit`.
 * @csspart empty - The message shown when nothing matches, with its "clear filters" button.
 * @csspart notice - The notice shown when `src` failed (the bundled data is shown instead).
 *
 * @cssproperty [--cluster-text=inherit] - Text colour (`theme="light"`: #1b1b1f, `dark`: #ececf1).
 * @cssproperty [--cluster-surface=transparent] - Background (`theme="light"`: #fff, `dark`: #17181c).
 * @cssproperty [--cluster-card-surface=var(--cluster-surface)] - Background of the cards.
 * @cssproperty [--cluster-input-surface=var(--cluster-surface)] - Background of the controls.
 * @cssproperty [--cluster-accent=light-dark(#0a57a4, #9cc9ff)] - Link and selection colour.
 * @cssproperty [--cluster-focus-color=light-dark(#0a57a4, #9cc9ff)] - Focus outline colour.
 * @cssproperty [--cluster-border-color=color-mix(in srgb, currentColor 28%, transparent)] - Border colour.
 * @cssproperty [--cluster-tint=color-mix(in srgb, currentColor 7%, transparent)] - Tints (badges, buttons).
 * @cssproperty [--cluster-muted-text=color-mix(in srgb, currentColor 80%, transparent)] - Secondary text.
 * @cssproperty [--cluster-radius=0.5em] - Corner radius.
 * @cssproperty [--cluster-gap=1em] - Space between cards.
 * @cssproperty [--cluster-card-min-width=17em] - Narrowest card in the grid layout.
 * @cssproperty [--cluster-card-padding=1em 1.125em] - Inner spacing of the cards.
 * @cssproperty [--cluster-row-height=10em] - Row height when a long list is windowed.
 *
 * @fires {CustomEvent<ClusterSelectDetail>} cluster-select - A visitor activated a card. `detail: { id, cluster }`.
 * @fires {CustomEvent<ClusterFilterChangeDetail>} cluster-filter-change - A visitor changed a control (one event per
 *   change). `detail: { query, area, region, status, sort, count }`.
 * @fires {CustomEvent<ClusterDataLoadDetail>} cluster-data-load - Data from `src` loaded. `detail: { src, count }`.
 * @fires {CustomEvent<ClusterDataErrorDetail>} cluster-data-error - `src` or `clusters` failed; the bundled data is
 *   shown. `detail: { src?, message, errors }`.
 */
export class ClusterList extends ListElement {
  static override styles = [hostStyles, cardStyles, listStyles];

  protected override render(): TemplateResult {
    const { controls, list } = this.listParts(this.resolvedHeadingLevel);
    return html`<div class="wrapper" lang=${this.language}>${controls} ${list}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-list': ClusterList;
  }
}

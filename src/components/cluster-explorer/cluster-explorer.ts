import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Cluster } from '../../data/types.js';
import { explorerStringsFor } from '../../i18n/explorer-strings.js';
import { ListElement } from '../../internal/list-element.js';
import { hostStyles } from '../../internal/styles.js';
import type { SyncedKey, SyncedValues } from '../../internal/url-sync.js';
import { cardStyles } from '../../render/card.styles.js';
import { renderDetail } from '../../render/detail.js';
import { heading } from '../../render/heading.js';
import { renderKeyFigures } from '../../render/key-figures.js';
import { listStyles } from '../../render/list.styles.js';
import { MapView } from '../../render/map.js';
import { mapStyles } from '../../render/map.styles.js';
import { explorerStyles } from './cluster-explorer.styles.js';

/**
 * The whole national-clusters page in one element: key figures counted from the data, the filters, the
 * map and the list side by side (stacked in narrow containers), and a detail view for the selected
 * cluster. Map and list share one filter state and one selection: filtering dims the map's markers,
 * selecting on either highlights both and opens the detail view, a modal `<dialog>` (focus moves in and
 * stays there; Escape or the close button closes it and focus returns where it came from).
 * With `sync-url`, the filters and the open cluster live in the page URL: a link opens the same view,
 * and Back closes the detail view. The data loads once and serves everything the element draws.
 *
 * @tagname cluster-explorer
 * @summary Key figures, filters, map, list and a detail view: the whole clusters page as one element.
 *
 * @csspart header - The header: title, key figures and the data's date.
 * @csspart title - The title.
 * @csspart figures - The list of key figures.
 * @csspart as-of - The data's date.
 * @csspart filters - The form holding the filter controls.
 * @csspart field - One labelled control (label and input or select).
 * @csspart input - The search box.
 * @csspart select - A drop-down (strength area, region, status, sort).
 * @csspart map - The map box; the map's parts (`region`, `land`, `borders`, `inset`, `marker`, `group`,
 *   `label`, `members`, `legend`, `credit`) are exposed as on `<cluster-map>`.
 * @csspart count - The result count (announced politely to screen readers).
 * @csspart cards - The list of cards; the card parts are exposed as on `<cluster-list>`.
 * @csspart show-all - The "show all (n)" button under a `limit`.
 * @csspart empty - The message shown when nothing matches, with its "clear filters" button.
 * @csspart notice - The notice shown when `src` failed (the bundled data is shown instead).
 * @csspart detail - The detail view (a modal dialog in the top layer).
 * @csspart close - The detail view's close button.
 * @csspart section-title - A heading inside the detail view (places, focus, sources).
 *
 * @cssproperty [--cluster-text=inherit] - Text colour (`theme="light"`: #1b1b1f, `dark`: #ececf1).
 * @cssproperty [--cluster-surface=transparent] - Background (`theme="light"`: #fff, `dark`: #17181c).
 * @cssproperty [--cluster-card-surface=var(--cluster-surface)] - Background of the cards.
 * @cssproperty [--cluster-input-surface=var(--cluster-surface)] - Background of the controls.
 * @cssproperty [--cluster-detail-surface=light-dark(#fff, #17181c)] - Background of the detail view.
 * @cssproperty [--cluster-accent=light-dark(#0a57a4, #9cc9ff)] - Link, marker and selection colour.
 * @cssproperty [--cluster-focus-color=light-dark(#0a57a4, #9cc9ff)] - Focus outline colour.
 * @cssproperty [--cluster-border-color=color-mix(in srgb, currentColor 28%, transparent)] - Border colour.
 * @cssproperty [--cluster-tint=color-mix(in srgb, currentColor 7%, transparent)] - Tints (badges, buttons).
 * @cssproperty [--cluster-muted-text=color-mix(in srgb, currentColor 80%, transparent)] - Secondary text.
 * @cssproperty [--cluster-radius=0.5em] - Corner radius.
 * @cssproperty [--cluster-gap=1em] - Space between cards.
 * @cssproperty [--cluster-card-min-width=17em] - Narrowest card in the grid layout.
 * @cssproperty [--cluster-card-padding=1em 1.125em] - Inner spacing of the cards.
 * @cssproperty [--cluster-row-height=10em] - Row height when a long list is windowed.
 * @cssproperty [--cluster-map-land=color-mix(in srgb, currentColor 9%, transparent)] - Land fill.
 * @cssproperty [--cluster-map-marker=var(--cluster-accent)] - Marker colour.
 * @cssproperty [--cluster-map-marker-size=24px] - Marker size (never below 24px, the minimum hit target).
 *
 * @fires {CustomEvent<ClusterSelectDetail>} cluster-select - A visitor selected a cluster on the map or in the
 *   list (one event per selection). `detail: { id, cluster }`.
 * @fires {CustomEvent<ClusterFilterChangeDetail>} cluster-filter-change - A visitor changed a control (one event
 *   per change). `detail: { query, area, region, status, sort, count }`.
 * @fires {CustomEvent<ClusterDataLoadDetail>} cluster-data-load - Data from `src` loaded. `detail: { src, count }`.
 * @fires {CustomEvent<ClusterDataErrorDetail>} cluster-data-error - `src` or `clusters` failed; the bundled data is
 *   shown. `detail: { src?, message, errors }`.
 */
export class ClusterExplorer extends ListElement {
  protected static override urlKeys: readonly SyncedKey[] = [...ListElement.urlKeys, 'selected'];

  static override styles = [hostStyles, cardStyles, listStyles, mapStyles, explorerStyles];

  static override properties: PropertyDeclarations = {
    detail: { state: true },
  };

  /**
   * Id of the highlighted cluster on the map and in the list. A visitor's selection (or a `cluster` in the
   * URL under `sync-url`) also opens its detail view; setting it from script only highlights.
   */
  declare selected: string | undefined;
  /** Id of the cluster whose detail view is open. */
  declare private detail: string | undefined;

  private readonly map = new MapView(this);
  /** Where focus was when the detail view opened; it goes back there on close. */
  private opener: HTMLElement | undefined;

  /** Opens or closes the dialog to match `detail` (a visitor's selection, the URL, Back/Forward). */
  protected override updated(): void {
    super.updated();
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (this.detailCluster() && !dialog.open) dialog.showModal();
    else if (!this.detailCluster() && dialog.open) dialog.close();
  }

  /** The cluster whose detail view is open, if it exists in the data in use. */
  private detailCluster(): Cluster | undefined {
    return this.detail ? this.store.data?.clusters.find((cluster) => cluster.id === this.detail) : undefined;
  }

  /** The filters as the list writes them, and `cluster`: the open detail view. */
  protected override urlValues(): SyncedValues {
    return { ...super.urlValues(), selected: this.detail ?? '' };
  }

  /** The page was opened with parameters, or Back/Forward moved: filters, selection and detail follow. */
  protected override applyUrl({ selected, ...filters }: SyncedValues): void {
    super.applyUrl(filters);
    if (new URL(window.location.href).searchParams.has('cluster') || this.detail) {
      this.selected = this.detail = selected || undefined;
    }
  }

  /** A visitor selected a cluster on the map or in the list: one event, both highlight, the detail opens. */
  protected override select(cluster: Cluster): void {
    this.opener = ((this.renderRoot as ShadowRoot).activeElement as HTMLElement | null) ?? undefined;
    this.detail = cluster.id;
    super.select(cluster);
    this.url.write('push');
  }

  /**
   * The dialog closed (close button, Escape, or Back): the selection ends and focus returns to where the
   * visitor was, or to the selected cluster's card or marker when that control is gone (a map group's list).
   */
  private onClose = async (): Promise<void> => {
    const back = this.opener?.isConnected
      ? this.opener
      : this.renderRoot.querySelector<HTMLElement>('.activate[aria-current=true], .pin[aria-current=true]');
    this.opener = undefined;
    if (this.detail) {
      this.selected = this.detail = undefined;
      this.url.write('push');
    }
    await this.updateComplete;
    back?.focus();
  };

  protected override render(): TemplateResult {
    const language = this.language;
    const strings = this.strings;
    const words = explorerStringsFor(language);
    const level = this.resolvedHeadingLevel;
    const { data, loading, results, controls, list } = this.listParts(Math.min(6, level + 1));
    const open = this.detailCluster();
    return html`<div class="wrapper" lang=${language}>
      <header class="header ${loading ? 'loading' : ''}" part="header">
        ${heading(level, 'title', 'title', words.title)} ${renderKeyFigures(data, language, words)}
      </header>
      ${controls}
      <div class="panes">
        <div class="map-pane">
          ${this.map.render({
            data,
            loading,
            language,
            strings,
            matching: new Set(results.map((cluster) => cluster.id)),
            selected: this.selected,
            onSelect: (cluster) => this.select(cluster),
          })}
        </div>
        <div class="list-pane">${list}</div>
      </div>
      <dialog part="detail" aria-label=${open?.name ?? words.title} @close=${this.onClose}>
        <button
          type="button"
          class="button close"
          part="close"
          aria-label=${words.close}
          @click=${(event: Event) => ((event.currentTarget as HTMLElement).parentElement as HTMLDialogElement).close()}
        >×</button>
        ${open ? renderDetail(open, { data, language, strings, words, headingLevel: level }) : nothing}
      </dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-explorer': ClusterExplorer;
  }
}

import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { dataset as bundledDataset } from '../../data/index.js';
import type { Cluster, ClusterDataset } from '../../data/types.js';
import { listStringsFor } from '../../i18n/list-strings.js';
import { enumValue, integerValue, warnInvalid } from '../../internal/attribute-values.js';
import { ClusterElement } from '../../internal/base-element.js';
import { DataController } from '../../internal/data-controller.js';
import { FilterController, type FilterState, type SortOrder, type StatusFilter } from '../../internal/filter-controller.js';
import { hostStyles } from '../../internal/styles.js';
import { UrlSyncController, type SyncedValues } from '../../internal/url-sync.js';
import { WindowController } from '../../internal/window-controller.js';
import { cardStyles } from '../../render/card.styles.js';
import { parseControls, renderFilters } from '../../render/filters.js';
import { listStyles } from '../../render/list.styles.js';
import { LAYOUTS, renderResults, type ListLayout } from '../../render/results.js';

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
export class ClusterList extends ClusterElement {
  static override styles = [hostStyles, cardStyles, listStyles];

  static override properties: PropertyDeclarations = {
    query: { type: String, reflect: true },
    area: { type: String, reflect: true },
    region: { type: String, reflect: true },
    status: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    limit: { type: Number },
    controls: { type: String },
    selected: { type: String, reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    src: { type: String },
    timeout: { type: Number },
    clusters: { attribute: false },
    expanded: { state: true },
  };

  /** Free-text search; Danish-aware (Sonderborg, Soenderborg and sønderborg all find Sønderborg). */
  declare query: string | undefined;
  /** Strength-area id to show, such as `robotics`; valid when the data in use has it. */
  declare area: string | undefined;
  /** Region of the head office: `DK-81` … `DK-85`. */
  declare region: string | undefined;
  /** `all` (default), `active` or `ceased`. */
  declare status: StatusFilter | undefined;
  /** `name` (default, Danish collation), `area` or `region`; ceased clusters always come last. */
  declare sort: SortOrder | undefined;
  /** `grid` (default; columns by container width) or `list` (one column of compact cards). */
  declare layout: ListLayout | undefined;
  /** Show at most this many cards, then a "show all (n)" button. */
  declare limit: number | undefined;
  /** Space-separated controls to show from `search area region status sort`, or `none` (default: all five). */
  declare controls: string | undefined;
  /** Id of the highlighted cluster; set when a visitor activates a card. */
  declare selected: string | undefined;
  /** Mirror the filters in the page URL (`cluster-q`, `cluster-area`, …); the first such element owns the URL. */
  declare syncUrl: boolean;
  /** URL of a JSON file in the dataset shape (cross-origin needs CORS); default: the bundled data. */
  declare src: string | undefined;
  /** Milliseconds to wait for `src` before falling back to the bundled data (default 10000). */
  declare timeout: number | undefined;
  /** A dataset or an array of clusters to show; wins over `src`. */
  declare clusters: unknown;
  /** Whether the visitor pressed "show all". */
  declare private expanded: boolean;

  private readonly store = new DataController(this, (type, detail) => this.emit(type, detail));
  private readonly filters = new FilterController(this, (detail) => this.emit('cluster-filter-change', detail));
  private readonly window = new WindowController(this, () => this.renderRoot.querySelector<HTMLElement>('.cards'));
  private readonly url = new UrlSyncController(this, {
    keys: ['query', 'area', 'region', 'status', 'sort'],
    enabled: () => this.syncUrl,
    read: () => this.urlValues(),
    apply: (values) => Object.assign(this, values),
  });

  constructor() {
    super();
    this.syncUrl = false;
    this.expanded = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('clusters') || (changed.has('timeout') && this.src)) {
      this.store.setSource({ clusters: this.clusters, src: this.src ?? null, timeout: this.timeout ?? null });
    }
    if (changed.has('syncUrl') && this.isConnected) this.url.sync();
  }

  protected override updated(): void {
    this.window.layout();
  }

  /** The URL shows only what differs from the defaults. */
  private urlValues(): SyncedValues {
    const state = this.filters.state(this.store.data);
    return {
      query: state.query,
      area: state.area,
      region: state.region,
      status: state.status === 'all' ? '' : state.status,
      sort: state.sort === 'name' ? '' : state.sort,
    };
  }

  private changeFilters(patch: Partial<FilterState>, data: ClusterDataset): void {
    this.filters.change(patch, data, this.language);
    this.url.write();
  }

  /** Keeps keyboard focus in the element when the focused button goes away ("show all", "clear filters"). */
  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private select(cluster: Cluster): void {
    this.selected = cluster.id;
    this.emit('cluster-select', { id: cluster.id, cluster });
  }

  protected override render(): TemplateResult {
    const loading = this.store.state.type === 'loading';
    const data = this.store.data ?? bundledDataset;
    const state = this.filters.state(this.store.data);
    const results = this.filters.results(data, state, this.language);
    const limit = this.limit === undefined ? undefined : integerValue(this, 'limit', this.limit, 1, Number.MAX_SAFE_INTEGER, 0) || undefined;
    const shown = limit && !this.expanded ? Math.min(limit, results.length) : results.length;
    const words = listStringsFor(this.language);
    if (this.selected && this.store.state.type === 'ready' && !data.clusters.some((c) => c.id === this.selected)) {
      warnInvalid(this, 'selected', this.selected, '');
    }
    return html`<div class="wrapper">
      ${renderFilters({
        state,
        controls: parseControls(this, this.controls),
        data,
        language: this.language,
        strings: words,
        disabled: loading,
        onChange: (patch) => this.changeFilters(patch, data),
      })}
      ${renderResults({
        results,
        shown,
        data,
        language: this.language,
        strings: this.strings,
        words,
        layout: enumValue(this, 'layout', this.layout, LAYOUTS, 'grid'),
        loading,
        failed: this.store.state.type === 'error',
        selected: this.selected,
        headingLevel: this.resolvedHeadingLevel,
        window: this.window,
        onSelect: (cluster) => this.select(cluster),
        onClear: () => {
          this.changeFilters({ query: '', area: '', region: '', status: 'all' }, data);
          void this.focusAfterUpdate('input, select, .activate');
        },
        onShowAll: () => {
          this.expanded = true;
          void this.focusAfterUpdate(`[aria-posinset="${shown + 1}"] .activate`);
        },
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-list': ClusterList;
  }
}

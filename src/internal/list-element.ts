import { type nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { dataset as bundledDataset } from '../data/index.js';
import { queryClusters } from '../data/query.js';
import type { Cluster, ClusterDataset } from '../data/types.js';
import { listStringsFor } from '../i18n/list-strings.js';
import { parseControls, renderFilters } from '../render/filters.js';
import { LAYOUTS, renderResults, type ListLayout } from '../render/results.js';
import { enumValue, integerValue, warnInvalid } from './attribute-values.js';
import { DataElement } from './data-element.js';
import { FilterController, type FilterState, type SortOrder, type StatusFilter } from './filter-controller.js';
import { UrlSyncController, type SyncedKey, type SyncedValues } from './url-sync.js';
import { WindowController } from './window-controller.js';

/** What a list-like element draws in one render: its data, the matching clusters, controls and results. */
export interface ListParts {
  data: ClusterDataset;
  loading: boolean;
  /** Every cluster matching the filters, in order. */
  results: Cluster[];
  /** The filter controls (or nothing under `controls="none"`). */
  controls: TemplateResult | typeof nothing;
  /** The count, the cards, the empty state and "show all". */
  list: TemplateResult;
}

/**
 * The base of the list-like elements (`<cluster-list>` and `<cluster-explorer>`): their shared public
 * attributes, the data they load once, one filter state, the window over long lists, URL sync and the
 * visitor's selection. Subclasses decide the layout around the controls and the results. Not registered.
 */
export class ListElement extends DataElement {
  /** The host properties mirrored in the URL under `sync-url`. */
  protected static urlKeys: readonly SyncedKey[] = ['query', 'area', 'region', 'status', 'sort'];

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
  /** `grid` (default; columns by the element's width) or `list` (one column of compact cards). */
  declare layout: ListLayout | undefined;
  /** Show at most this many cards, then a "show all (n)" button. */
  declare limit: number | undefined;
  /** Space-separated controls to show from `search area region status sort`, or `none` (default: all five). */
  declare controls: string | undefined;
  /** Id of the highlighted cluster; set when a visitor selects one. */
  declare selected: string | undefined;
  /** Mirror the state in the page URL (`cluster-q`, `cluster-area`, …); the first such element owns the URL. */
  declare syncUrl: boolean;
  /** Whether the visitor pressed "show all". */
  declare protected expanded: boolean;

  protected readonly filters = new FilterController(this, (detail) => this.emit('cluster-filter-change', detail), queryClusters);
  protected readonly window = new WindowController(this, () => this.renderRoot.querySelector<HTMLElement>('.cards'));
  protected readonly url = new UrlSyncController(this, {
    keys: (this.constructor as typeof ListElement).urlKeys,
    enabled: () => this.syncUrl,
    read: () => this.urlValues(),
    apply: (values) => this.applyUrl(values),
  });

  constructor() {
    super();
    this.syncUrl = false;
    this.expanded = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.isConnected) this.url.sync();
  }

  protected override updated(): void {
    this.window.layout();
  }

  /** The URL shows only what differs from the defaults. */
  protected urlValues(): SyncedValues {
    const state = this.filters.state(this.store.data);
    return {
      query: state.query,
      area: state.area,
      region: state.region,
      status: state.status === 'all' ? '' : state.status,
      sort: state.sort === 'name' ? '' : state.sort,
    };
  }

  /** The page was opened with parameters, or Back/Forward moved. */
  protected applyUrl(values: SyncedValues): void {
    Object.assign(this, values);
  }

  protected changeFilters(patch: Partial<FilterState>, data: ClusterDataset): void {
    this.filters.change(patch, data, this.language);
    this.url.write();
  }

  /** Keeps keyboard focus in the element when the focused button goes away ("show all", "clear filters"). */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A visitor selected a cluster: it is highlighted and one `cluster-select` fires. */
  protected select(cluster: Cluster): void {
    this.selected = cluster.id;
    this.emit('cluster-select', { id: cluster.id, cluster });
  }

  /** The shared pieces of this render: the data, the matching clusters, the controls and the results. */
  protected listParts(headingLevel: number): ListParts {
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
    return {
      data,
      loading,
      results,
      controls: renderFilters({
        state,
        controls: parseControls(this, this.controls),
        data,
        language: this.language,
        strings: words,
        disabled: loading,
        onChange: (patch) => this.changeFilters(patch, data),
      }),
      list: renderResults({
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
        headingLevel,
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
      }),
    };
  }
}

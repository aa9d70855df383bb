import type { PropertyDeclarations, TemplateResult } from 'lit';
import { dataset } from '../../data/index.js';
import type { Cluster } from '../../data/types.js';
import { matchClusters } from '../../data/query.js';
import { warnInvalid } from '../../internal/attribute-values.js';
import { DataElement } from '../../internal/data-element.js';
import { FilterController, type StatusFilter } from '../../internal/filter-controller.js';
import { hostStyles } from '../../internal/styles.js';
import { MapView } from '../../render/map.js';
import { mapStyles } from '../../render/map.styles.js';

/**
 * The Danish national clusters on a map of Denmark's five regions (Bornholm in an inset), one marker per
 * cluster at its head office; markers that would overlap merge into a group that lists its members.
 * Hover or focus shows a label; click, Enter or Space selects. Clusters without a known head office are
 * listed under the map, never placed; a visually hidden list gives everything as text.
 * Arrow keys move between markers (top to bottom, left to right), Home/End to the first/last, Escape
 * closes a group or label.
 *
 * @tagname cluster-map
 * @summary The clusters on a map of Denmark: accessible markers, groups, labels and filters.
 *
 * @csspart map - The map box (aspect ratio 1000:1200, the drawing's) holding the drawing and the markers.
 * @csspart region - A region's shape (five; Bornholm's is in the inset).
 * @csspart land - The land and its coastline (the mainland and islands; Bornholm in the inset).
 * @csspart borders - The inner region borders.
 * @csspart inset - The frame around Bornholm.
 * @csspart marker - A cluster's marker (a button).
 * @csspart group - A group marker showing its count (a button).
 * @csspart label - The label shown on hover and focus (a top-layer popover).
 * @csspart members - The same popover while it lists an open group's members (focus moves into it).
 * @csspart legend - The legend under the map: marker key (and shading), clusters without a known head office, credit.
 * @csspart credit - The "Made with Natural Earth" credit.
 * @csspart notice - The notice shown when `src` failed (the bundled data is shown instead).
 *
 * @cssproperty [--cluster-text=inherit] - Text colour (`theme="light"`: #1b1b1f, `dark`: #ececf1).
 * @cssproperty [--cluster-surface=transparent] - Background; labels and markers use light-dark(#fff, #17181c).
 * @cssproperty [--cluster-accent=light-dark(#0a57a4, #9cc9ff)] - Marker and link colour.
 * @cssproperty [--cluster-focus-color=light-dark(#0a57a4, #9cc9ff)] - Focus outline colour.
 * @cssproperty [--cluster-border-color=color-mix(in srgb, currentColor 28%, transparent)] - Coast, borders, label borders.
 * @cssproperty [--cluster-muted-text=color-mix(in srgb, currentColor 80%, transparent)] - Secondary text, dimmed markers.
 * @cssproperty [--cluster-radius=0.5em] - Corner radius of labels.
 * @cssproperty [--cluster-map-land=color-mix(in srgb, currentColor 9%, transparent)] - Land fill.
 * @cssproperty [--cluster-map-region-shade=var(--cluster-accent)] - Shade of regions under `shade-regions`.
 * @cssproperty [--cluster-map-marker=var(--cluster-accent)] - Marker colour.
 * @cssproperty [--cluster-map-marker-size=24px] - Marker size (never below 24px, the minimum hit target).
 *
 * @fires {CustomEvent<ClusterSelectDetail>} cluster-select - A visitor activated a marker or a member of a group
 *   (click, Enter or Space; opening a group fires nothing). `detail: { id, cluster }`.
 * @fires {CustomEvent<ClusterDataLoadDetail>} cluster-data-load - Data from `src` loaded. `detail: { src, count }`.
 * @fires {CustomEvent<ClusterDataErrorDetail>} cluster-data-error - `src` or `clusters` failed; the bundled data is
 *   shown. `detail: { src?, message, errors }`.
 */
export class ClusterMap extends DataElement {
  static override styles = [hostStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    query: { type: String },
    area: { type: String },
    region: { type: String },
    status: { type: String },
    selected: { type: String, reflect: true },
    shadeRegions: { type: Boolean, attribute: 'shade-regions' },
  };

  /** Free-text search; non-matching markers dim (Danish-aware, as in the list). */
  declare query: string | undefined;
  /** Strength-area id; markers of other areas dim. Valid when the data in use has it. */
  declare area: string | undefined;
  /** Region `DK-81` … `DK-85`; markers of other regions dim. */
  declare region: string | undefined;
  /** `all` (default), `active` or `ceased`; markers of the others dim. */
  declare status: StatusFilter | undefined;
  /** Id of the highlighted cluster; set when a visitor activates a marker. */
  declare selected: string | undefined;
  /** Shade each region by its number of cluster head offices. */
  declare shadeRegions: boolean | undefined;
  private readonly filters = new FilterController(this, () => undefined, matchClusters);
  private readonly view = new MapView(this);

  private select(cluster: Cluster): void {
    this.selected = cluster.id;
    this.emit('cluster-select', { id: cluster.id, cluster });
  }

  protected override render(): TemplateResult {
    const data = this.store.data ?? dataset;
    const language = this.language;
    if (this.selected && this.store.data && !data.clusters.some((c) => c.id === this.selected)) {
      warnInvalid(this, 'selected', this.selected, '');
    }
    return this.view.render({
      data,
      loading: !this.store.data,
      language,
      strings: this.strings,
      matching: new Set(this.filters.results(data, this.filters.state(data), language).map((c) => c.id)),
      selected: this.selected,
      shade: this.shadeRegions,
      notice: this.store.state.type === 'error',
      onSelect: (cluster) => this.select(cluster),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-map': ClusterMap;
  }
}

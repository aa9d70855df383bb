import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Cluster } from '../../data/types.js';
import { bordersPath, inset, landPath, project, regions } from '../../geo/denmark.js';
import { mapStringsFor } from '../../i18n/map-strings.js';
import { warnInvalid } from '../../internal/attribute-values.js';
import { ClusterElement } from '../../internal/base-element.js';
import { DataController } from '../../internal/data-controller.js';
import { FilterController, type StatusFilter } from '../../internal/filter-controller.js';
import { hostStyles } from '../../internal/styles.js';
import { areaName, headOffice, isUncertain, regionName } from '../../render/labels.js';
import { mapStyles } from './cluster-map.styles.js';
import { groupPins, type Pin } from './grouping.js';

/** Width assumed before the map is measured (and under SSR). */
const UNMEASURED_WIDTH = 400;

/**
 * Shows a top-layer popover above `anchor` (below it when there is no room), or hides it when there is no
 * anchor. Positioned through CSSOM (CSP-safe) in page coordinates (`position: absolute` in the top layer),
 * so it follows page scrolling and no `overflow` or `transform` ancestor clips it.
 */
function place(popover: HTMLElement, anchor: HTMLElement | undefined): void {
  if (popover.isConnected) popover.togglePopover(!!anchor);
  if (!anchor) return;
  const a = anchor.getBoundingClientRect();
  const { width, height } = popover.getBoundingClientRect();
  const left = Math.min(a.left + (a.width - width) / 2, document.documentElement.clientWidth - width - 4);
  popover.style.left = `${Math.max(4, left) + scrollX}px`;
  popover.style.top = `${(a.top > height + 6 ? a.top - height - 6 : a.bottom + 6) + scrollY}px`;
}

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
export class ClusterMap extends ClusterElement {
  static override styles = [hostStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    query: { type: String },
    area: { type: String },
    region: { type: String },
    status: { type: String },
    selected: { type: String, reflect: true },
    shadeRegions: { type: Boolean, attribute: 'shade-regions' },
    src: { type: String },
    timeout: { type: Number },
    clusters: { attribute: false },
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
  /** URL of a JSON file in the dataset shape (cross-origin needs CORS); default: the bundled data. */
  declare src: string | undefined;
  /** Milliseconds to wait for `src` before falling back to the bundled data (default 10000). */
  declare timeout: number | undefined;
  /** A dataset or an array of clusters to show; wins over `src`. */
  declare clusters: unknown;

  private readonly store = new DataController(this, (type, detail) => this.emit(type, detail));
  private readonly filters = new FilterController(this, () => undefined);
  /** Marker slots of the last render, in reading order. */
  private pins: Pin<Cluster>[] = [];
  /** Rendered width of the map box and of a marker, in CSS px (from a ResizeObserver). */
  private width = 0;
  private size = 24;
  /** Index of the pin whose label shows, and of the open group (both reset when the pins regroup). */
  private hint: number | undefined;
  private open: number | undefined;
  private timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Escape must also reach a label shown by hover alone: listen on the window while connected.
    addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKey);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('clusters') || (changed.has('timeout') && this.src)) {
      this.store.setSource({ clusters: this.clusters, src: this.src ?? null, timeout: this.timeout ?? null });
    }
  }

  /** Regroups the markers whenever the map's rendered width changes (a detached map measures 0: ignored). */
  protected override firstUpdated(): void {
    const box = this.renderRoot.querySelector('.box')!;
    new ResizeObserver(() => {
      if (box.clientWidth && box.clientWidth !== this.width) {
        this.width = box.clientWidth;
        this.size = box.querySelector<HTMLElement>('.pin')?.offsetWidth || 24;
        this.hint = this.open = undefined;
        this.requestUpdate();
      }
    }).observe(box);
  }

  /** Marker positions and the popover go through CSSOM after rendering: no `style` attribute (CSP). */
  protected override updated(): void {
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.pin');
    this.pins.forEach(({ x, y }, i) => {
      buttons[i].style.left = `${x / 10}%`;
      buttons[i].style.top = `${y / 12}%`;
    });
    place(this.renderRoot.querySelector('.pop')!, buttons[this.open ?? this.hint ?? -1]);
  }

  /** Escape closes the open group (focus returns to it), else the label, even when only hovered. */
  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (this.open === undefined) this.show();
      else void this.toggle(this.open);
    }
  };

  /** Arrow keys, Home and End move focus between the markers, or the buttons of an open group. */
  private nav = (event: KeyboardEvent) => {
    const buttons = [...(event.currentTarget as Element).querySelectorAll('button')];
    const i = buttons.indexOf(event.target as HTMLButtonElement);
    const to = buttons[{ ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[event.key] ?? NaN];
    if (i >= 0 && to) {
      event.preventDefault();
      to.focus();
    }
  };

  /** Shows the label of pin `i` (none: hides it). */
  private show(i?: number): void {
    clearTimeout(this.timer);
    if (this.hint !== i) {
      this.hint = i;
      this.requestUpdate();
    }
  }

  /** Hides the label after a moment, so the pointer can move onto it (WCAG 1.4.13: hoverable). */
  private hideSoon = () => {
    this.timer = setTimeout(() => this.show(), 300);
  };

  /** Opens group `i` (focus moves to its first member) or closes it (focus returns to it). */
  private async toggle(i: number): Promise<void> {
    const closing = this.open === i;
    this.open = closing ? undefined : i;
    this.hint = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(closing ? `.pin:nth-of-type(${i + 1})` : '.pop button')?.focus();
  }

  private select(cluster: Cluster): void {
    this.selected = cluster.id;
    this.emit('cluster-select', { id: cluster.id, cluster });
  }

  protected override render(): TemplateResult {
    const data = this.store.data;
    const language = this.language;
    const strings = this.strings;
    const words = mapStringsFor(language);
    const matching = new Set(data ? this.filters.results(data, this.filters.state(data), language).map((c) => c.id) : []);
    const placed: Pin<Cluster>[] = [];
    const unplaced: Cluster[] = [];
    const counts = regions.map(() => 0);
    const all = data?.clusters ?? [];
    for (const cluster of all) {
      const office = headOffice(cluster);
      const [x, y] = office ? project(office.lon, office.lat) : [-1, -1];
      // Coordinates off the map (bad partner data) are not placed either: never a marker outside the box.
      if (x >= 0 && x <= 1000 && y >= 0 && y <= 1200) {
        placed.push({ x, y, items: [cluster] });
        counts[regions.findIndex((shape) => shape.id === cluster.region)]++; // no region: counts[-1], unused
      } else unplaced.push(cluster);
    }
    const most = Math.max(1, ...counts);
    this.pins = groupPins(placed, ((this.size + 2) * 1000) / (this.width || UNMEASURED_WIDTH));
    if (this.selected && data && !all.some((c) => c.id === this.selected)) {
      warnInvalid(this, 'selected', this.selected, '');
    }
    /** How certain the head office is: '' when it is a sourced, current head office. */
    const note = (cluster: Cluster) => {
      const uncertain = isUncertain(cluster, 'locations');
      return headOffice(cluster)?.role === 'planned-head-office'
        ? strings.plannedHeadOffice.toLowerCase() + (uncertain ? `, ${strings.uncertain}` : '')
        : uncertain
          ? strings.uncertain
          : '';
    };
    /** Name, area, place (and its certainty), ceased, outside the filter: label, accessible name, list item. */
    const facts = (cluster: Cluster): string[] => {
      const office = headOffice(cluster);
      return [
        cluster.name,
        cluster.area ? areaName(cluster.area, data!, language) : strings.areaUnknown,
        office
          ? (strings.placeNames[office.city] ?? office.city) +
            (cluster.region ? `, ${regionName(cluster.region, data!, language)}` : '') +
            (note(cluster) ? ` (${note(cluster)})` : '')
          : strings.noHeadOffice,
        ...(cluster.status?.state === 'ceased' ? [strings.ceased] : []),
        ...(matching.has(cluster.id) ? [] : [words.dim]),
      ];
    };
    /** Per pin: a group's count and names, or a marker's facts (its label lines and accessible name). */
    const lines = this.pins.map(({ items }) =>
      items[1] ? [words.group(items.length), ...items.map((c) => c.name)] : facts(items[0]),
    );
    const group = this.pins[this.open ?? -1]?.items;
    // The templates are not indented: their whitespace ships in the bundle, and the byte budget is tight.
    return html`<div class="box" part="map" @keydown=${this.nav}>
<svg viewBox="0 0 1000 1200" role="img" aria-labelledby="t">
<title id="t">${words.title}</title>
<desc>${words.desc}</desc>
<path part="land" d=${landPath} />
<path part="land" d=${inset.path} />
${regions.map((shape, i) => svg`<path part="region" d=${shape.path} fill-opacity=${this.shadeRegions ? (counts[i] / most) * 0.6 : 0}><title>${shape.name[language]}</title></path>`)}
<path part="borders" d=${bordersPath} />
<rect part="inset" x=${inset.x} y=${inset.y} width=${inset.width} height=${inset.height} />
</svg>
${this.pins.map(({ items }, i) => {
  const [first] = items;
  const many = items[1];
  const show = () => this.show(i);
  return html`<button type="button" class="pin ${many || !note(first) ? '' : 'u'}" part=${many ? 'group' : 'marker'}
aria-label=${lines[i].join(', ')}
.ariaExpanded=${many ? `${this.open === i}` : null}
aria-current=${items.some((c) => c.id === this.selected) ? 'true' : 'false'}
?data-dim=${items.every((c) => !matching.has(c.id))}
@click=${() => (many ? void this.toggle(i) : this.select(first))}
@pointerenter=${show} @pointerleave=${this.hideSoon} @focus=${show} @blur=${() => this.show()}>${many ? items.length : nothing}</button>`;
})}
</div>
<div class="pop" part=${group ? 'members' : 'label'} popover="manual" role="dialog" aria-label=${words.group(group?.length ?? 0)} aria-hidden=${group ? 'false' : 'true'}
@keydown=${this.nav} @pointerenter=${() => this.show(this.hint)} @pointerleave=${this.hideSoon}
@focusout=${(event: FocusEvent) => {
  const to = event.relatedTarget as Element | null;
  // Focus left the open group (not for its own button, whose click closes it): close it.
  if (this.open !== undefined && !(event.currentTarget as Element).contains(to) && to?.ariaExpanded !== 'true') {
    this.open = undefined;
    this.requestUpdate();
  }
}}>${group
  ? group.map((cluster) => html`<button type="button" aria-current=${cluster.id === this.selected ? 'true' : 'false'} @click=${() => {
  this.select(cluster);
  void this.toggle(this.open!);
}}>${facts(cluster).join('\n')}</button>`)
  : lines[this.hint ?? -1]?.join('\n')}</div>
${this.store.state.type === 'error' ? html`<p part="notice">${strings.dataError}</p>` : nothing}
<div part="legend">
<p aria-hidden="true">● ${strings.headOffice} ◌ ${words.key}${this.shadeRegions ? ` · ${words.shaded}` : ''}</p>
${unplaced.length ? html`<p>${strings.noHeadOffice}: ${unplaced.map((c) => c.name).join(', ')}</p>` : nothing}
<p part="credit">Made with Natural Earth</p>
</div>
<ul class="visually-hidden">${all.map((cluster) => html`<li>${facts(cluster).join(', ')}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cluster-map': ClusterMap;
  }
}

import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Cluster, ClusterDataset } from '../data/types.js';
import { bordersPath, inset, landPath, project, regions } from '../geo/denmark.js';
import { mapStringsFor } from '../i18n/map-strings.js';
import type { Language, Strings } from '../i18n/strings.js';
import { areaName, headOffice, isUncertain, regionName } from './labels.js';
import { groupPins, type Pin } from './map-grouping.js';

/** Width assumed before the map is measured (and under SSR). */
const UNMEASURED_WIDTH = 400;

/** What the map shows; `<cluster-map>` and the explorer fill it from their own state. */
export interface MapModel {
  /** The data to draw. */
  data: ClusterDataset;
  /**
   * `src` is still loading: `data` is then the bundled data as a placeholder, laid out but invisible, so
   * the map keeps its size when the real data arrives (no layout shift).
   */
  loading?: boolean;
  language: Language;
  strings: Strings;
  /** Ids of the clusters that match the filters; the others dim. */
  matching: ReadonlySet<string>;
  selected: string | undefined;
  /** Shade each region by its number of head offices. */
  shade?: boolean;
  /** Show the "bundled data instead" notice (`src` failed). */
  notice?: boolean;
  /** A visitor activated a marker or a group member. */
  onSelect: (cluster: Cluster) => void;
}

/** The host of a map: a Lit element, whose shadow root holds one map. */
type MapHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

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
 * The map of Denmark with the clusters' markers: the markup and the state behind it (marker groups for
 * the measured width, the label on show, the open group). One render function with its controller, so
 * `<cluster-map>` and the explorer draw the same map without nesting tags. Markers regroup when the map's
 * width changes; positions and the popover go through CSSOM after each update (no `style` attribute: CSP).
 */
export class MapView implements ReactiveController {
  /** Marker slots of the last render, in reading order. */
  private pins: Pin<Cluster>[] = [];
  /** Rendered width of the map box and of a marker, in CSS px (from a ResizeObserver). */
  private width = 0;
  private size = 24;
  /** Index of the pin whose label shows, and of the open group (both reset when the pins regroup). */
  private hint: number | undefined;
  private open: number | undefined;
  private timer?: ReturnType<typeof setTimeout>;
  private observer?: ResizeObserver;

  constructor(private readonly host: MapHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Escape must also reach a label shown by hover alone: listen on the window while connected.
    addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    removeEventListener('keydown', this.onKey);
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    const box = root.querySelector('.box')!;
    // Regroups the markers whenever the map's rendered width changes (a detached map measures 0: ignored).
    if (!this.observer) {
      this.observer = new ResizeObserver(() => {
        if (box.clientWidth && box.clientWidth !== this.width) {
          this.width = box.clientWidth;
          this.size = box.querySelector<HTMLElement>('.pin')?.offsetWidth || 24;
          this.hint = this.open = undefined;
          this.host.requestUpdate();
        }
      });
      this.observer.observe(box);
    }
    const buttons = root.querySelectorAll<HTMLElement>('.pin');
    this.pins.forEach(({ x, y }, i) => {
      buttons[i].style.left = `${x / 10}%`;
      buttons[i].style.top = `${y / 12}%`;
    });
    place(root.querySelector('.pop')!, buttons[this.open ?? this.hint ?? -1]);
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
      this.host.requestUpdate();
    }
  }

  /**
   * Hides the label after a moment, so the pointer can move onto it (WCAG 1.4.13: hoverable); a focused marker's
   * label then shows again, since content shown on focus stays until focus moves (1.4.13: persistent).
   */
  private hideSoon = () => {
    this.timer = setTimeout(() => {
      const root = this.host.renderRoot as ShadowRoot;
      const i = [...root.querySelectorAll('.pin')].indexOf(root.activeElement!);
      this.show(i < 0 ? undefined : i);
    }, 300);
  };

  /** Opens group `i` (focus moves to its first member) or closes it (focus returns to it). */
  private async toggle(i: number): Promise<void> {
    const closing = this.open === i;
    this.open = closing ? undefined : i;
    this.hint = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(closing ? `.pin:nth-of-type(${i + 1})` : '.pop button')?.focus();
  }

  /**
   * The map, its popover, the legend and a visually hidden list of everything as text. No binding sits
   * inside a `<title>`: server rendering cannot place one there (raw text), so the map is named by
   * `aria-label` and each region's hover name is set as a property once the element runs.
   */
  render({ data, loading, language, strings, matching, selected, shade, notice, onSelect }: MapModel): TemplateResult {
    const words = mapStringsFor(language);
    const placed: Pin<Cluster>[] = [];
    const unplaced: Cluster[] = [];
    const counts = regions.map(() => 0);
    const all = data.clusters;
    for (const cluster of all) {
      const office = headOffice(cluster);
      const [x, y] = office ? project(office.lon, office.lat) : [-1, -1];
      // Coordinates off the map (bad partner data) are not placed either: never a marker outside the box.
      if (x >= 0 && x <= 1000 && y >= 0 && y <= 1200) {
        placed.push({ x, y, items: [cluster] });
        counts[regions.findIndex((region) => region.id === cluster.region)]++; // no region: counts[-1], unused
      } else unplaced.push(cluster);
    }
    const most = Math.max(1, ...counts);
    this.pins = groupPins(placed, ((this.size + 2) * 1000) / (this.width || UNMEASURED_WIDTH));
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
        cluster.area ? areaName(cluster.area, data, language) : strings.areaUnknown,
        office
          ? (strings.placeNames[office.city] ?? office.city) +
            (cluster.region ? `, ${regionName(cluster.region, data, language)}` : '') +
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
    // `lang`: the language in use, also where it is a fallback, so screen readers pronounce it right.
    return html`<div lang=${language}>
      <div class="box ${loading ? 'loading' : ''}" part="map" @keydown=${this.nav}>
        <svg viewBox="0 0 1000 1200" role="img" aria-label=${words.title}>
          <desc>${words.desc}</desc>
          <path part="land" d=${landPath} />
          <path part="land" d=${inset.path} />
          ${regions.map(
            (region, i) =>
              svg`<path part="region" d=${region.path} fill-opacity=${shade ? (counts[i] / most) * 0.6 : 0}><title .textContent=${regionName(region.id, data, language)}></title></path>`,
          )}
          <path part="borders" d=${bordersPath} />
          <rect part="inset" x=${inset.x} y=${inset.y} width=${inset.width} height=${inset.height} />
        </svg>
        ${this.pins.map(({ items }, i) => {
          const [first] = items;
          const many = items[1];
          const show = () => this.show(i);
          return html`<button
            type="button"
            class="pin ${many || !note(first) ? '' : 'u'}"
            part=${many ? 'group' : 'marker'}
            aria-label=${lines[i].join(', ')}
            .ariaExpanded=${many ? `${this.open === i}` : null}
            aria-current=${items.some((c) => c.id === selected)}
            ?data-dim=${items.every((c) => !matching.has(c.id))}
            @click=${() => (many ? void this.toggle(i) : onSelect(first))}
            @pointerenter=${show}
            @pointerleave=${this.hideSoon}
            @focus=${show}
            @blur=${() => this.show()}
          >${many ? items.length : nothing}</button>`;
        })}
      </div>
      <div
        class="pop"
        part=${group ? 'members' : 'label'}
        popover="manual"
        role="dialog"
        aria-label=${words.group(group?.length ?? 0)}
        aria-hidden=${!group}
        @keydown=${this.nav}
        @pointerenter=${() => this.show(this.hint)}
        @pointerleave=${this.hideSoon}
        @focusout=${(event: FocusEvent) => {
          const to = event.relatedTarget as Element | null;
          // Focus left the open group (not for its own button, whose click closes it): close it.
          if (this.open !== undefined && !(event.currentTarget as Element).contains(to) && to?.ariaExpanded !== 'true') {
            this.open = undefined;
            this.host.requestUpdate();
          }
        }}
      >${group
        ? group.map(
            (cluster) => html`<button
              type="button"
              aria-current=${cluster.id === selected}
              @click=${() => {
                onSelect(cluster);
                void this.toggle(this.open!);
              }}
            >${facts(cluster).join('\n')}</button>`,
          )
        : lines[this.hint ?? -1]?.join('\n')}</div>
      <div role="status">${notice ? html`<p part="notice">${strings.dataError}</p>` : nothing}</div>
      <div part="legend">
        <p aria-hidden="true">● ${strings.headOffice} ◌ ${words.key}${shade ? ` · ${words.shaded}` : ''}</p>
        ${unplaced.length ? html`<p>${strings.noHeadOffice}: ${unplaced.map((c) => c.name).join(', ')}</p>` : nothing}
        <p part="credit">Made with Natural Earth</p>
      </div>
      <ul class="visually-hidden">
        ${loading ? nothing : all.map((cluster) => html`<li>${facts(cluster).join(', ')}</li>`)}
      </ul></div>`;
  }
}

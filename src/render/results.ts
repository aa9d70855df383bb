import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Cluster, ClusterDataset } from '../data/types.js';
import type { ListStrings } from '../i18n/list-strings.js';
import { formatCount, type Language, type Strings } from '../i18n/strings.js';
import { WindowController } from '../internal/window-controller.js';
import { renderCard } from './card.js';

/** Values of the `layout` attribute of the list and the explorer. */
export type ListLayout = 'grid' | 'list';
export const LAYOUTS: readonly ListLayout[] = ['grid', 'list'];

/** What the results show; the list and the explorer fill it from their own state. */
export interface ResultsView {
  /** Every matching cluster, in order. */
  results: Cluster[];
  /** How many of them show (a `limit` the visitor has not lifted), else all. */
  shown: number;
  data: ClusterDataset;
  language: Language;
  strings: Strings;
  words: ListStrings;
  layout: ListLayout;
  loading: boolean;
  /** `src` failed: say the bundled data shows instead. */
  failed: boolean;
  selected: string | undefined;
  headingLevel: number;
  /** The host's window over long lists (more than 200 results). */
  window: WindowController;
  onSelect: (cluster: Cluster) => void;
  /** "Clear filters" in the empty state. */
  onClear: () => void;
  /** "Show all (n)" under a limit. */
  onShowAll: () => void;
}

function renderCards(view: ResultsView, items: Cluster[]): TemplateResult {
  const { layout, loading } = view;
  const windowed = WindowController.applies(items.length);
  const { start, end } = view.window.rangeFor(items.length);
  const context = {
    data: view.data,
    language: view.language,
    strings: view.strings,
    variant: layout === 'list' || windowed ? ('compact' as const) : ('full' as const),
    headingLevel: view.headingLevel,
    onActivate: view.onSelect,
  };
  return html`<ul
    class="cards ${layout} ${windowed ? 'windowed' : ''} ${loading ? 'loading' : ''}"
    part="cards"
    aria-busy=${loading}
  >
    ${repeat(
      items.slice(start, end),
      (cluster) => cluster.id,
      (cluster, index) =>
        html`<li aria-setsize=${items.length} aria-posinset=${start + index + 1}>
          ${renderCard(cluster, { ...context, selected: cluster.id === view.selected })}
        </li>`,
    )}
  </ul>`;
}

/**
 * The results of a filtered list: one polite live region holding the count and, when `src` failed, the
 * notice (so that it is announced too); then the cards, an empty state with "clear filters", or
 * "show all (n)" under a limit. Shared by the list and the explorer; the host owns the state (window,
 * limit, selection) and passes it in.
 */
export function renderResults(view: ResultsView): TemplateResult {
  const { results, shown, words, loading } = view;
  const count = formatCount(results.length, view.language);
  return html`
    <div class="bar" role="status">
      <p class="count" part="count">
        ${loading ? view.strings.loading : words.count(results.length, count)}
      </p>
      ${view.failed ? html`<p class="data-error" part="notice">${view.strings.dataError}</p>` : nothing}
    </div>
    ${results.length === 0
      ? html`<div class="empty" part="empty">
          <p>${words.empty}</p>
          <button type="button" class="button" @click=${view.onClear}>${words.clearFilters}</button>
        </div>`
      : renderCards(view, results.slice(0, shown))}
    ${shown < results.length
      ? html`<div>
          <button type="button" class="button" part="show-all" @click=${view.onShowAll}>
            ${words.showAll(count)}
          </button>
        </div>`
      : nothing}
  `;
}

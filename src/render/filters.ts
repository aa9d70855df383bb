import { html, nothing, type TemplateResult } from 'lit';
import type { ClusterDataset } from '../data/types.js';
import { warnInvalid } from '../internal/attribute-values.js';
import { areaIds, REGION_IDS, type FilterState } from '../internal/filter-controller.js';
import { collatorFor } from '../data/query.js';
import type { ListStrings } from '../i18n/list-strings.js';
import type { Language } from '../i18n/strings.js';
import { areaName, regionName } from './labels.js';

/** The tokens of the `controls` attribute. */
export type ControlToken = 'search' | 'area' | 'region' | 'status' | 'sort';
export const CONTROL_TOKENS: readonly ControlToken[] = ['search', 'area', 'region', 'status', 'sort'];

/** `controls` parsed: the tokens, or every control when absent or invalid (with one warning). */
export function parseControls(element: Element, value: string | undefined): Set<ControlToken> {
  if (value === undefined || value === null) return new Set(CONTROL_TOKENS);
  const tokens = value.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && tokens[0] === 'none') return new Set();
  if (tokens.length > 0 && tokens.every((token) => (CONTROL_TOKENS as readonly string[]).includes(token))) {
    return new Set(tokens as ControlToken[]);
  }
  warnInvalid(element, 'controls', value, CONTROL_TOKENS.join(' '));
  return new Set(CONTROL_TOKENS);
}

export interface FilterView {
  state: FilterState;
  controls: ReadonlySet<ControlToken>;
  data: ClusterDataset;
  language: Language;
  strings: ListStrings;
  disabled?: boolean;
  /** A visitor changed one control: the changed value only (the caller merges it into its current state). */
  onChange: (patch: Partial<FilterState>) => void;
}

/**
 * Options marked by the `selected` attribute: it picks the option on the first render and in server
 * rendering (a property binding would be written out as `selected="false"` by @lit-labs/ssr). Later
 * changes go through the select's `.value` (below): once a visitor picked, the attribute no longer selects.
 */
function options(entries: [value: string, label: string][], selected: string) {
  return entries.map(
    ([value, label]) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`,
  );
}

/**
 * The filter controls: plain, labelled form controls (search box, strength area, region, status, sort) in
 * the caller's shadow root, each shown when its token is in `controls`. Shared by the list and the explorer.
 */
export function renderFilters(view: FilterView): TemplateResult | typeof nothing {
  const { state, controls, data, language, strings, disabled } = view;
  if (controls.size === 0) return nothing;
  const set = view.onChange;
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const collator = collatorFor(language);
  const areas = [...areaIds(data)]
    .map((id): [string, string] => [id, areaName(id, data, language)])
    .sort((a, b) => collator.compare(a[1], b[1]));
  const regions = REGION_IDS.map((id): [string, string] => [id, regionName(id, data, language)]);
  /** One labelled drop-down for a filter key: its entries are [value, label] pairs. */
  const select = (key: 'area' | 'region' | 'status' | 'sort', label: string, entries: [string, string][]) =>
    controls.has(key)
      ? html`<label class="field" part="field">
          <span>${label}</span>
          <select part="select" .value=${state[key]} ?disabled=${disabled} @change=${(e: Event) => set({ [key]: value(e) })}>
            ${options(entries, state[key])}
          </select>
        </label>`
      : nothing;
  return html`
    <form class="filters" part="filters" role="search" aria-label=${strings.filters} @submit=${(e: Event) => e.preventDefault()}>
      ${controls.has('search')
        ? html`<label class="field search" part="field">
            <span>${strings.search}</span>
            <input type="search" part="input" autocomplete="off" .value=${state.query} ?disabled=${disabled}
              @input=${(e: Event) => set({ query: value(e) })} />
          </label>`
        : nothing}
      ${select('area', strings.area, [['', strings.allAreas], ...areas])}
      ${select('region', strings.region, [['', strings.allRegions], ...regions])}
      ${select('status', strings.status, [['all', strings.statusAll], ['active', strings.statusActive], ['ceased', strings.statusCeased]])}
      ${select('sort', strings.sort, [['name', strings.sortName], ['area', strings.sortArea], ['region', strings.sortRegion]])}
    </form>
  `;
}

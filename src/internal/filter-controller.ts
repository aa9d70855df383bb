import type { ReactiveControllerHost } from 'lit';
import type { ClusterQueryOptions } from '../data/query.js';
import type { Cluster, ClusterDataset } from '../data/types.js';
import type { Language } from '../i18n/strings.js';
import { enumValue, warnInvalid } from './attribute-values.js';
import type { ClusterFilterChangeDetail } from './events.js';

export type StatusFilter = 'all' | 'active' | 'ceased';
export type SortOrder = 'name' | 'area' | 'region';

export const STATUSES: readonly StatusFilter[] = ['all', 'active', 'ceased'];
export const SORTS: readonly SortOrder[] = ['name', 'area', 'region'];
export const REGION_IDS = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'] as const;

/** The filter state, always valid: empty strings mean "any". */
export interface FilterState {
  query: string;
  area: string;
  region: string;
  status: StatusFilter;
  sort: SortOrder;
}

export const DEFAULT_FILTERS: FilterState = { query: '', area: '', region: '', status: 'all', sort: 'name' };

/** The host's filter attributes as given (possibly invalid). */
export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  query?: string | null;
  area?: string | null;
  region?: string | null;
  status?: string | null;
  sort?: string | null;
}

const areaIdsOf = new WeakMap<ClusterDataset, Set<string>>();

/**
 * The strength-area ids in use: named in the data or carried by a cluster (partner data may bring new ones).
 * Kept per dataset (the elements' data is the gate's frozen output), so a render over 100,000 clusters does
 * not walk them all again.
 */
export function areaIds(data: ClusterDataset): Set<string> {
  let ids = areaIdsOf.get(data);
  if (!ids) {
    areaIdsOf.set(data, (ids = new Set((data.strengthAreas ?? []).map((area) => area.id))));
    for (const cluster of data.clusters) if (cluster.area) ids.add(cluster.area);
  }
  return ids;
}

/**
 * The filter state of a list-like element (the list, the explorer): validates the host's attributes (an
 * invalid value falls back to its default with one warning; `area` is valid when the data in use has it),
 * computes the matching clusters (memoised), and applies a visitor's change — new attribute values plus
 * exactly one `cluster-filter-change`.
 */
export class FilterController {
  private memo: { key: string; data: ClusterDataset; results: Cluster[] } | undefined;

  /**
   * `query` finds the results: `queryClusters` where their order matters (a list), `matchClusters` where
   * only membership does (the map), which keeps the sorting code out of the map's bundle.
   */
  constructor(
    private readonly host: FilterHost,
    private readonly emit: (detail: ClusterFilterChangeDetail) => void,
    private readonly query: (options: ClusterQueryOptions, data: ClusterDataset) => Cluster[],
  ) {}

  /** The valid state for `data` (while data loads, `area` is taken as given: it cannot be judged yet). */
  state(data: ClusterDataset | undefined): FilterState {
    const host = this.host;
    const area = host.area ?? '';
    return {
      query: host.query ?? '',
      area: area && data && !areaIds(data).has(area) ? this.invalid('area', area) : area,
      region: enumValue(host, 'region', host.region, REGION_IDS, ''),
      status: enumValue(host, 'status', host.status, STATUSES, 'all'),
      sort: enumValue(host, 'sort', host.sort, SORTS, 'name'),
    };
  }

  /** The clusters matching `state` in `data` (in order, ceased last, when `query` orders them). */
  results(data: ClusterDataset, state: FilterState, language: Language): Cluster[] {
    const key = `${state.query}\n${state.area}\n${state.region}\n${state.status}\n${state.sort}\n${language}`;
    if (this.memo?.data !== data || this.memo.key !== key) {
      this.memo = { key, data, results: this.query({ ...state, lang: language }, data) };
    }
    return this.memo.results;
  }

  /**
   * A visitor changed controls: set the attributes and fire one `cluster-filter-change`. `patch` is merged
   * into the host's current state (not the one of the last render: two changes can come before an update).
   */
  change(patch: Partial<FilterState>, data: ClusterDataset, language: Language): void {
    const next = { ...this.state(data), ...patch };
    Object.assign(this.host, next);
    this.emit({ ...next, count: this.results(data, next, language).length });
  }

  private invalid(attribute: string, value: string): string {
    warnInvalid(this.host, attribute, value, '');
    return '';
  }
}

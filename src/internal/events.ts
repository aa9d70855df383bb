import type { Cluster } from '../data/types.js';

/** Detail of `cluster-select`: the activated cluster. */
export interface ClusterSelectDetail {
  id: string;
  cluster: Cluster;
}

/** Detail of `cluster-filter-change`: the new filter state and the resulting count. */
export interface ClusterFilterChangeDetail {
  query: string;
  area: string;
  region: string;
  status: string;
  sort: string;
  count: number;
}

/** Detail of `cluster-data-load`: where the data came from and how many clusters it holds. */
export interface ClusterDataLoadDetail {
  src: string;
  count: number;
}

/** Detail of `cluster-data-error`: what failed; the element shows the bundled data instead. */
export interface ClusterDataErrorDetail {
  src?: string;
  id?: string;
  message: string;
  errors: { path: string; message: string }[];
}

/** Every event the elements dispatch, by name. */
export interface ClusterEventMap {
  'cluster-select': CustomEvent<ClusterSelectDetail>;
  'cluster-filter-change': CustomEvent<ClusterFilterChangeDetail>;
  'cluster-data-load': CustomEvent<ClusterDataLoadDetail>;
  'cluster-data-error': CustomEvent<ClusterDataErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the events
  interface GlobalEventHandlersEventMap extends ClusterEventMap {}
}

/**
 * `danish-clusters/data`: the bundled dataset and the functions to check, search and query cluster data.
 * No Lit and no DOM: usable in any framework, a worker or Node.
 *
 * @example
 * import { queryClusters, getCluster } from 'danish-clusters/data';
 * queryClusters({ query: 'Sonderborg', sort: 'name' }); // Danish-aware, Danish collation
 * getCluster('odense-robotics')?.website;
 */
import bundledJson from './clusters.json';
import { getCluster as getClusterIn, queryClusters as queryClustersIn, type ClusterQueryOptions } from './query.js';
import { acceptClusterData, describeWarnings } from './validate.js';
import type { Cluster, ClusterDataset, Milestone, Region, StrengthArea } from './types.js';

/**
 * The bundled file goes through the same gate as a partner's file, so it is a clean, deep-frozen copy with exactly
 * the known fields. A failure here is a broken release (the test suite checks the file), so it fails loudly.
 */
function loadBundledDataset(): ClusterDataset {
  const accepted = acceptClusterData(bundledJson);
  if (!accepted.ok) {
    const first = accepted.errors[0];
    throw new Error(`danish-clusters: the bundled clusters.json is invalid: ${first?.path} ${first?.message}`);
  }
  if (accepted.warnings.length > 0) throw new Error(describeWarnings(accepted.warnings));
  return accepted.data;
}

/** The bundled dataset: the 14 clusters appointed for 2021–2024 and what changed after. Deep-frozen. */
export const dataset: ClusterDataset = /* @__PURE__ */ loadBundledDataset();

/** The bundled clusters, in file order. Deep-frozen. */
export const clusters: Cluster[] = dataset.clusters;

/** Names of the bundled strength areas (`area` ids) in Danish and English. Deep-frozen. */
export const strengthAreas: StrengthArea[] = dataset.strengthAreas ?? [];

/** Names of the five Danish regions (`DK-81` … `DK-85`) in Danish and English. Deep-frozen. */
export const regions: Region[] = dataset.regions ?? [];

/** Dated events of the Danish cluster programme, for `<cluster-timeline>`. Deep-frozen. */
export const milestones: Milestone[] = dataset.milestones ?? [];

/** When the bundled facts were last checked (ISO 8601, such as `2026-11`). */
export const asOf: string | undefined = dataset.asOf;

/**
 * The cluster with this id, or undefined.
 *
 * @param data - defaults to the bundled dataset; pass another (such as the `data` of `acceptClusterData`).
 */
export function getCluster(id: string, data: ClusterDataset = dataset): Cluster | undefined {
  return getClusterIn(id, data);
}

/**
 * Filters and orders clusters, as the elements do. Returns a new array.
 *
 * - `query`: free text; case- and accent-insensitive and Danish-aware ("Sonderborg", "Soenderborg" and "sønderborg"
 *   find Sønderborg; "Aarhus" finds Århus); every word must occur; searched literally, never as a pattern.
 * - `area`, `region`: exact ids (`robotics`, `DK-83`). `status`: `all` (default), `active`, `ceased`.
 * - `sort`: `name` (default), `area`, `region`; always with ceased clusters last. `lang` (`da` default, or `en`)
 *   picks the collation (Danish: æ, ø, å and "Aa" after z) and the area and region names.
 *
 * @param data - defaults to the bundled dataset. Frozen datasets (the gate's output) get their search index cached.
 */
export function queryClusters(options: ClusterQueryOptions = {}, data: ClusterDataset = dataset): Cluster[] {
  return queryClustersIn(options, data);
}

// The gate and the search primitives; their documentation is on their declarations.
export { acceptCluster, acceptClusterData, describeWarnings, validateClusters } from './validate.js';
export type { AcceptedCluster, AcceptedData } from './validate.js';
export { buildSearchIndex, foldForSearch, matchesQuery, searchWords } from './search.js';
export type { SearchIndexEntry, SearchNames } from './search.js';
export type { ClusterQueryOptions, QueryLanguage } from './query.js';
export type * from './types.js';

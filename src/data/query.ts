/**
 * Filtering and ordering of clusters. The data is a parameter (the `danish-clusters/data` entry binds the bundled
 * dataset), so this module does not pull the JSON into bundles that bring their own data.
 */
import { buildSearchIndex, matchesQuery, searchWords, type SearchIndexEntry } from './search.js';
import type { Cluster, ClusterDataset, ClusterQuery, LocalizedText } from './types.js';

/** The two languages sorting and names follow. */
export type QueryLanguage = 'da' | 'en';

/** `ClusterQuery` plus the language whose names and collation order the result. */
export interface ClusterQueryOptions extends ClusterQuery {
  /** Default `da`: Danish collation (æ, ø, å and "Aa" after z), Danish area and region names. */
  lang?: QueryLanguage;
}

const collators = new Map<QueryLanguage, Intl.Collator>();

/**
 * The shared collator for a language (one instance each: constructing collators is slow). Danish puts æ, ø, å
 * after z and sorts "Aa" as å; `numeric` orders "Cluster 2" before "Cluster 10".
 */
export function collatorFor(lang: QueryLanguage): Intl.Collator {
  let collator = collators.get(lang);
  if (collator === undefined) {
    collator = new Intl.Collator(lang, { numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

// Derived structures are cached only for frozen datasets (the gate's output and the bundled data): a mutable
// dataset could change under the cache. WeakMaps let partner data be collected when the page drops it.
const searchIndexes = new WeakMap<ClusterDataset, SearchIndexEntry[]>();
const clustersById = new WeakMap<ClusterDataset, Map<string, Cluster>>();

function isFrozenDataset(data: ClusterDataset): boolean {
  return Object.isFrozen(data) && Object.isFrozen(data.clusters);
}

function cached<T>(cache: WeakMap<ClusterDataset, T>, data: ClusterDataset, build: () => T): T {
  if (!isFrozenDataset(data)) return build();
  let value = cache.get(data);
  if (value === undefined) {
    value = build();
    cache.set(data, value);
  }
  return value;
}

function searchIndexOf(data: ClusterDataset): SearchIndexEntry[] {
  return cached(searchIndexes, data, () => buildSearchIndex(data.clusters, data));
}

/** A cluster without a status counts as active. */
function isCeased(cluster: Cluster): boolean {
  return cluster.status?.state === 'ceased';
}

/**
 * The clusters of `data` that match `options`, in the requested order, as a new array.
 *
 * - `query`: free text, Danish-aware and case/accent-insensitive; every word must occur (see `foldForSearch`).
 *   Empty or blank matches everything.
 * - `area`, `region`: exact ids; empty means no filter.
 * - `status`: `all` (default), `active` (including clusters without a status) or `ceased`.
 * - `sort`: `name` (default), `area` (area name in `lang`, then name) or `region` (region name in `lang`, clusters
 *   without a region last, then name). In every order ceased clusters come after active ones.
 * Unknown option values fall back to their defaults (the elements warn about them; this function does not).
 *
 * Speed on large frozen datasets (the gate's output): each order is sorted once and kept, so a query only
 * filters. A mutable dataset is indexed and sorted on every call.
 */
export function queryClusters(options: ClusterQueryOptions, data: ClusterDataset): Cluster[] {
  const { query, sort, lang } = options ?? {};
  const words = typeof query === 'string' ? searchWords(query) : [];
  const order = sort === 'area' || sort === 'region' ? sort : 'name';
  return orderedIndex(data, order, lang === 'en' ? 'en' : 'da')
    .filter(matcher(options, words))
    .map((entry) => entry.cluster);
}

/**
 * The clusters of `data` that match `options` as in `queryClusters`, but in the data's own order: for a caller
 * that needs only which clusters match (the map dims the others) and not the cost of ordering them.
 */
export function matchClusters(options: ClusterQueryOptions, data: ClusterDataset): Cluster[] {
  const words = typeof options?.query === 'string' ? searchWords(options.query) : [];
  return searchIndexOf(data)
    .filter(matcher(options, words))
    .map((entry) => entry.cluster);
}

/** The test an index entry passes for `options`: every query word (folded), and the area, region and status. */
function matcher({ area, region, status }: ClusterQueryOptions = {}, words: string[]) {
  const wantsCeased = status === 'ceased' ? true : status === 'active' ? false : undefined;
  return (entry: SearchIndexEntry) =>
    (!area || entry.cluster.area === area) &&
    (!region || entry.cluster.region === region) &&
    (wantsCeased === undefined || isCeased(entry.cluster) === wantsCeased) &&
    matchesQuery(entry, words);
}

const orderedIndexes = new WeakMap<ClusterDataset, Map<string, SearchIndexEntry[]>>();

/**
 * The dataset's search index in one order. A frozen dataset keeps each order (per language) once sorted; a
 * mutable one is indexed and sorted on every call, as it may have changed.
 */
function orderedIndex(data: ClusterDataset, order: string, lang: QueryLanguage): SearchIndexEntry[] {
  const byOrder = cached(orderedIndexes, data, () => new Map<string, SearchIndexEntry[]>());
  let entries = byOrder.get(order + lang);
  if (entries === undefined) byOrder.set(order + lang, (entries = sortEntries(searchIndexOf(data), order, lang, data)));
  return entries;
}

interface SortKey {
  entry: SearchIndexEntry;
  ceased: boolean;
  /** The area or region name to group by; undefined sorts last. */
  group: string | undefined;
}

/** Active before ceased, then by group (area or region name), name and id. */
function sortEntries(
  entries: readonly SearchIndexEntry[],
  sort: string,
  lang: QueryLanguage,
  data: ClusterDataset,
): SearchIndexEntry[] {
  const collator = collatorFor(lang);
  const groupOf = groupingFor(sort, lang, data);
  const keys: SortKey[] = entries.map((entry) => ({ entry, ceased: isCeased(entry.cluster), group: groupOf(entry.cluster) }));
  keys.sort(
    (a, b) =>
      Number(a.ceased) - Number(b.ceased) ||
      compareGroups(collator, a.group, b.group) ||
      collator.compare(a.entry.cluster.name, b.entry.cluster.name) ||
      // Ids are unique, so the order is total and stable across engines.
      (a.entry.cluster.id < b.entry.cluster.id ? -1 : a.entry.cluster.id > b.entry.cluster.id ? 1 : 0),
  );
  return keys.map((key) => key.entry);
}

function compareGroups(collator: Intl.Collator, a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return collator.compare(a, b);
}

/** For `area` and `region` sorts, the name each cluster is grouped by; an unnamed area is grouped by its id. */
function groupingFor(sort: string, lang: QueryLanguage, data: ClusterDataset): (cluster: Cluster) => string | undefined {
  if (sort === 'area') {
    const names = localizedNames(data.strengthAreas, lang);
    return (cluster) => (cluster.area ? (names.get(cluster.area) ?? cluster.area) : undefined);
  }
  if (sort === 'region') {
    const names = localizedNames(data.regions, lang);
    return (cluster) => (cluster.region ? (names.get(cluster.region) ?? cluster.region) : undefined);
  }
  return () => undefined;
}

function localizedNames(
  entries: readonly { id: string; name: LocalizedText }[] | undefined,
  lang: QueryLanguage,
): Map<string, string> {
  return new Map((entries ?? []).map((entry) => [entry.id, entry.name[lang]]));
}

/** The cluster with this id in `data`, or undefined. */
export function getCluster(id: string, data: ClusterDataset): Cluster | undefined {
  if (!isFrozenDataset(data)) return data.clusters.find((cluster) => cluster.id === id);
  return cached(clustersById, data, () => new Map(data.clusters.map((cluster) => [cluster.id, cluster]))).get(id);
}

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
 * Speed on large frozen datasets (the gate's output): each order is sorted once and kept, so a query only filters;
 * and a query that narrows the previous one (a visitor typing on) filters the previous result, not everything.
 */
export function queryClusters(options: ClusterQueryOptions, data: ClusterDataset): Cluster[] {
  const { query, area, region, status, sort, lang } = options ?? {};
  const words = typeof query === 'string' ? searchWords(query) : [];
  const wantsCeased = status === 'ceased' ? true : status === 'active' ? false : undefined;
  const order = sort === 'area' || sort === 'region' ? sort : 'name';
  const language = lang === 'en' ? 'en' : 'da';
  const kept = (cluster: Cluster) =>
    (!area || cluster.area === area) &&
    (!region || cluster.region === region) &&
    (wantsCeased === undefined || isCeased(cluster) === wantsCeased);

  if (!isFrozenDataset(data)) {
    const candidates =
      words.length === 0
        ? data.clusters
        : searchIndexOf(data)
            .filter((entry) => matchesQuery(entry, words))
            .map((entry) => entry.cluster);
    return sortBy(candidates.filter(kept), (cluster) => cluster, order, language, data);
  }

  const key = `${area ?? ''}\n${region ?? ''}\n${wantsCeased}\n${order}\n${language}`;
  const last = lastQueries.get(data);
  const source = last && last.key === key && narrows(words, last.words) ? last.entries : orderedIndex(data, order, language);
  const entries = source.filter((entry) => kept(entry.cluster) && (words.length === 0 || matchesQuery(entry, words)));
  lastQueries.set(data, { key, words, entries });
  return entries.map((entry) => entry.cluster);
}

/** The last query of a frozen dataset: its filters and order (`key`), its words and what matched, in order. */
interface LastQuery {
  key: string;
  words: string[];
  entries: SearchIndexEntry[];
}
const lastQueries = new WeakMap<ClusterDataset, LastQuery>();
const orderedIndexes = new WeakMap<ClusterDataset, Map<string, SearchIndexEntry[]>>();

/**
 * Whether every match of `words` also matched `previous`: each previous word occurs inside one of the new
 * words ("ro" → "rob", "odense" → "odense rob"), so a text holding all new words holds all previous ones.
 */
function narrows(words: string[], previous: string[]): boolean {
  return previous.every((old) => words.some((word) => word.includes(old)));
}

/** The search index of a frozen dataset in one order, sorted on first use and kept for each order and language. */
function orderedIndex(data: ClusterDataset, order: string, lang: QueryLanguage): SearchIndexEntry[] {
  const byOrder = cached(orderedIndexes, data, () => new Map<string, SearchIndexEntry[]>());
  const key = `${order}\n${lang}`;
  let entries = byOrder.get(key);
  if (entries === undefined) {
    entries = sortBy(searchIndexOf(data), (entry) => entry.cluster, order, lang, data);
    byOrder.set(key, entries);
  }
  return entries;
}

interface SortKey<T> {
  item: T;
  cluster: Cluster;
  ceased: boolean;
  /** The area or region name to group by; undefined sorts last. */
  group: string | undefined;
}

/** `items` ordered by their clusters: active before ceased, then by group (area or region name), name and id. */
function sortBy<T>(
  items: readonly T[],
  clusterOf: (item: T) => Cluster,
  sort: string,
  lang: QueryLanguage,
  data: ClusterDataset,
): T[] {
  const collator = collatorFor(lang);
  const groupOf = groupingFor(sort, lang, data);
  const keys: SortKey<T>[] = items.map((item) => {
    const cluster = clusterOf(item);
    return { item, cluster, ceased: isCeased(cluster), group: groupOf(cluster) };
  });
  keys.sort(
    (a, b) =>
      Number(a.ceased) - Number(b.ceased) ||
      compareGroups(collator, a.group, b.group) ||
      collator.compare(a.cluster.name, b.cluster.name) ||
      // Ids are unique, so the order is total and stable across engines.
      (a.cluster.id < b.cluster.id ? -1 : a.cluster.id > b.cluster.id ? 1 : 0),
  );
  return keys.map((key) => key.item);
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

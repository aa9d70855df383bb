/**
 * Danish-aware free-text search. Text and query go through the same fold and are compared with
 * `String.prototype.includes`: no regular expression is ever built from user text, so ".*" or "(" are just
 * characters to look for.
 */
import type { Cluster, ClusterDataset, LocalizedText } from './types.js';

/** One cluster with its folded search text, built once by `buildSearchIndex` and reused for every query. */
export interface SearchIndexEntry {
  readonly cluster: Cluster;
  /** Everything searchable about the cluster, folded, one field per line. */
  readonly haystack: string;
}

// Constant patterns only (never built from input).
/**
 * The combining-mark blocks: every accent that NFKD splits off a Latin, Greek or Cyrillic letter. (Faster than
 * `\p{M}` over large indexes; the vowel signs of other scripts stay, in text and query alike.)
 */
// eslint-disable-next-line no-misleading-character-class -- ranges of lone combining marks, on purpose
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const WHITE_SPACE = /\s+/u;

/**
 * What each folded sequence becomes. Letters that NFKD leaves alone: æ → a, ø → o, œ → o, ß → ss. And the ways
 * to write the Danish letters without them (German ä and ö have already become a and o): "aa" for å
 * (Aarhus/Århus), "ae" for æ, "oe" for ø (Soenderborg/Sønderborg), each folded to the single letter, so the
 * transcribed, the plain ("Sonderborg") and the Danish spelling all meet. The price is an occasional extra match
 * ("Michael" folds to "michal"), which a search box can afford.
 */
const FOLDS: ReadonlyMap<string, string> = new Map([
  ['æ', 'a'],
  ['ø', 'o'],
  ['œ', 'o'],
  ['ß', 'ss'],
  ['aa', 'a'],
  ['ae', 'a'],
  ['oe', 'o'],
]);
/** The keys of FOLDS as one pattern, so one left-to-right pass folds them (each source letter is used once). */
const FOLDED_SEQUENCES = /aa|ae|oe|[æøœß]/g;

/**
 * Folds text for search: lower case, Unicode NFKD without combining marks (é → e, å → a, ü → u), æ → a, ø → o,
 * and the transcriptions aa → a, ae → a, oe → o. "Sonderborg", "Soenderborg", "sønderborg" and "SØNDERBORG" all fold
 * to "sonderborg"; "Aarhus" and "Århus" to "arhus". Apply it to both the text and the query.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDED_SEQUENCES, (sequence) => FOLDS.get(sequence) ?? sequence);
}

/** Folds a query and splits it into words; an empty or blank query gives no words (and matches everything). */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(WHITE_SPACE)
    .filter((word) => word !== '');
}

/** Names to search by, from the dataset's `strengthAreas` and `regions`. */
export type SearchNames = Pick<ClusterDataset, 'strengthAreas' | 'regions'>;

/**
 * Folds every cluster's searchable text once: name, cities, area id and area names, region names, focus keywords,
 * description (both languages) and predecessors. Fields are joined by line breaks, which a query word never
 * contains, so a word cannot match across two fields.
 *
 * @param clusters - the records to index; entries keep their order.
 * @param names - the dataset, to search area and region names too.
 */
export function buildSearchIndex(clusters: readonly Cluster[], names?: SearchNames): SearchIndexEntry[] {
  const areaNames = namesById(names?.strengthAreas);
  const regionNames = namesById(names?.regions);
  return clusters.map((cluster) => ({ cluster, haystack: foldForSearch(searchableText(cluster, areaNames, regionNames)) }));
}

function namesById(entries: readonly { id: string; name: LocalizedText }[] | undefined): Map<string, LocalizedText> {
  return new Map((entries ?? []).map((entry) => [entry.id, entry.name]));
}

function searchableText(
  cluster: Cluster,
  areaNames: ReadonlyMap<string, LocalizedText>,
  regionNames: ReadonlyMap<string, LocalizedText>,
): string {
  const parts: string[] = [cluster.name];
  for (const location of cluster.locations ?? []) parts.push(location.city);
  if (cluster.area) parts.push(cluster.area, ...bothLanguages(areaNames.get(cluster.area)));
  if (cluster.region) parts.push(...bothLanguages(regionNames.get(cluster.region)));
  parts.push(...(cluster.focus?.da ?? []), ...(cluster.focus?.en ?? []));
  parts.push(...bothLanguages(cluster.description));
  parts.push(...(cluster.predecessors ?? []));
  return parts.join('\n');
}

function bothLanguages(text: LocalizedText | undefined): string[] {
  return text ? [text.da, text.en] : [];
}

/**
 * Whether an indexed cluster matches a query: every word must occur in its folded text (plain substring search).
 *
 * @param foldedQuery - a query already passed through `foldForSearch` (split here on white space), or its words
 *   from `searchWords` (cheaper when one query is tested against many entries). No words match everything.
 */
export function matchesQuery(entry: SearchIndexEntry, foldedQuery: string | readonly string[]): boolean {
  const words = typeof foldedQuery === 'string' ? foldedQuery.split(WHITE_SPACE) : foldedQuery;
  return words.every((word) => entry.haystack.includes(word));
}

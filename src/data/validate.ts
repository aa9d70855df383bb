/**
 * The gate: every piece of cluster data (the bundled file, a partner's `src` file, the `clusters` and `data`
 * properties) passes through here before anything renders it.
 *
 * One pass reads each known field exactly once, checks it and builds a clean copy from it. Validating and copying
 * in the same pass means a getter cannot show the check one value and the copy another, and `validateClusters`
 * can never disagree with `acceptClusterData`. Only known fields are read, by name, so the work is bounded by the
 * shape (no recursion into unknown or cyclic structures) and keys such as `__proto__` are never touched.
 * `clusters.schema.json` states the same single-record rules; test/node/schema-agreement.test.mjs holds them equal.
 */
import type {
  Cluster,
  ClusterDataset,
  ClusterLocation,
  ClusterProgrammes,
  ClusterStatus,
  LocalizedList,
  LocalizedText,
  LocationRole,
  Milestone,
  Programme2025,
  Region,
  RegionId,
  StrengthArea,
  ValidationIssue,
  ValidationResult,
} from './types.js';

/** The outcome of `acceptClusterData`: a clean, deep-frozen copy, or the reasons it was rejected. */
export type AcceptedData =
  | { ok: true; data: ClusterDataset; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

/** The outcome of `acceptCluster`: a clean, deep-frozen copy of one record, or the reasons it was rejected. */
export type AcceptedCluster =
  | { ok: true; cluster: Cluster; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

// Resource limits, so a sparse array with a huge `length` cannot hang the page. The schema states them as maxItems.
const MAX_CLUSTERS = 1_000_000;
const MAX_LIST_ITEMS = 1000;
/** Beyond this many errors (or warnings) one closing issue counts the rest, so a broken 100,000-record file stays cheap. */
const MAX_LISTED_ISSUES = 100;
/** User text quoted in messages is cut to this length (messages go to the console, not to a 1 MB dump). */
const MAX_QUOTED_CHARS = 40;

const SAFE_URL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);
const REGION_IDS: readonly RegionId[] = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'];
const LOCATION_ROLES: readonly LocationRole[] = ['head-office', 'office', 'hub', 'planned-head-office'];
const STATES: readonly ClusterStatus['state'][] = ['active', 'ceased'];
const PROGRAMME_2021: readonly NonNullable<ClusterProgrammes['2021-2024']>[] = ['appointed'];
const PROGRAMME_2025: readonly Programme2025[] = ['confirmed', 'reported-out', 'conflicting', 'unknown'];

/** Marks a property whose getter threw: already reported, nothing more to say about it. */
const UNREADABLE: unique symbol = Symbol('unreadable');

/** Collects issues, listing at most MAX_LISTED_ISSUES of each kind but counting all of them. */
class IssueLog {
  errorCount = 0;
  warningCount = 0;
  private readonly errors: ValidationIssue[] = [];
  private readonly warnings: ValidationIssue[] = [];

  error(path: string, message: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_LISTED_ISSUES) this.errors.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warningCount++;
    if (this.warnings.length < MAX_LISTED_ISSUES) this.warnings.push({ path, message });
  }

  listedErrors(): ValidationIssue[] {
    return withOverflow(this.errors, this.errorCount, 'errors');
  }

  listedWarnings(): ValidationIssue[] {
    return withOverflow(this.warnings, this.warningCount, 'warnings');
  }
}

function withOverflow(listed: ValidationIssue[], count: number, kind: string): ValidationIssue[] {
  const rest = count - listed.length;
  return rest > 0 ? [...listed, { path: '', message: `${rest} more ${kind} are not listed.` }] : [...listed];
}

/** Checks one value at `path`; returns its clean copy, or undefined after logging why it is not acceptable. */
type Check<T> = (value: unknown, path: string, log: IssueLog) => T | undefined;

// ---------------------------------------------------------------------------------------------------------------
// Messages

/** `/clusters/3/website` → `website`, `/clusters/3` → `clusters[3]`, `/3` → `item 3`, `` → `The input`. */
function label(path: string): string {
  if (path === '') return 'The input';
  const parts = path.split('/');
  const last = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2] ?? '';
  if (!isIndex(last)) return last;
  return parent === '' ? `item ${last}` : `${parent}[${last}]`;
}

function isIndex(segment: string): boolean {
  return segment !== '' && String(Number(segment)) === segment;
}

/** Names a value for a message without calling anything on it (no toString, no getters). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text);
}

// ---------------------------------------------------------------------------------------------------------------
// Safe reading

/** Array.isArray throws on a revoked Proxy; such a value is then treated as an unreadable object. */
function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Reads an own property once. Inherited properties are not data: this keeps a polluted `Object.prototype` on the
 * partner's page from adding fields to records. `undefined` means absent (as in JSON Schema validators).
 */
function readOwn(source: object, key: string, path: string, log: IssueLog): unknown {
  try {
    return Object.hasOwn(source, key) ? (source as Record<string, unknown>)[key] : undefined;
  } catch {
    log.error(path, `${label(path)} could not be read (reading it threw an exception).`);
    return UNREADABLE;
  }
}

/** An optional field: absent is fine, present must pass `check`. */
function optional<T>(source: object, key: string, parentPath: string, log: IssueLog, check: Check<T>): T | undefined {
  const path = `${parentPath}/${key}`;
  const value = readOwn(source, key, path, log);
  return value === undefined || value === UNREADABLE ? undefined : check(value, path, log);
}

/** A required field: absent is an error. */
function required<T>(source: object, key: string, parentPath: string, log: IssueLog, check: Check<T>): T | undefined {
  const path = `${parentPath}/${key}`;
  const value = readOwn(source, key, path, log);
  if (value === UNREADABLE) return undefined;
  if (value === undefined) {
    log.error(path, `${key} is required.`);
    return undefined;
  }
  return check(value, path, log);
}

/** Sets `target[key]` only when a clean value exists, so absent fields stay absent in the copy. */
function setIfPresent<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** Object.freeze typed so frozen copies still satisfy the shared (mutable) types; nothing mutates them. */
function frozen<T extends object>(value: T): T {
  return Object.freeze(value) as T;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks for values

function asObject(value: unknown, path: string, log: IssueLog): object | undefined {
  if (typeof value === 'object' && value !== null && !isArray(value)) return value;
  log.error(path, `${label(path)} must be an object, got ${describe(value)}.`);
  return undefined;
}

const text: Check<string> = (value, path, log) => {
  if (typeof value === 'string') return value;
  log.error(path, `${label(path)} must be a string, got ${describe(value)}.`);
  return undefined;
};

/** Ids and names: a string with something other than white space (schema: `"pattern": "\\S"`). */
const nonEmptyText: Check<string> = (value, path, log) => {
  const clean = text(value, path, log);
  if (clean === undefined || clean.trim() !== '') return clean;
  log.error(path, `${label(path)} must not be empty.`);
  return undefined;
};

const bool: Check<boolean> = (value, path, log) => {
  if (typeof value === 'boolean') return value;
  log.error(path, `${label(path)} must be true or false, got ${describe(value)}.`);
  return undefined;
};

function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path, log) => (value === null ? null : check(value, path, log));
}

function oneOf<T extends string>(allowed: readonly T[]): Check<T> {
  return (value, path, log) => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    log.error(path, `${label(path)} must be one of ${allowed.map(quote).join(', ')}, got ${describe(value)}.`);
    return undefined;
  };
}

function coordinate(min: number, max: number): Check<number> {
  return (value, path, log) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
    log.error(path, `${label(path)} must be a number from ${min} to ${max}, got ${describe(value)}.`);
    return undefined;
  };
}

/** Arrays: items that fail their check are left out of the copy (an error, or a dropped URL's warning, says why). */
function listOf<T>(item: Check<T>, max = MAX_LIST_ITEMS): Check<T[]> {
  return (value, path, log) => {
    if (!isArray(value)) {
      log.error(path, `${label(path)} must be an array, got ${describe(value)}.`);
      return undefined;
    }
    const length = readOwn(value, 'length', path, log);
    if (length === UNREADABLE) return undefined;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      log.error(path, `${label(path)} has no readable length.`);
      return undefined;
    }
    if (length > max) {
      log.error(path, `${label(path)} has ${length} entries; at most ${max} are allowed.`);
      return undefined;
    }
    const copy: T[] = [];
    for (let index = 0; index < length; index++) {
      const itemPath = `${path}/${index}`;
      const raw = readOwn(value, String(index), itemPath, log);
      if (raw === UNREADABLE) continue;
      const clean = item(raw, itemPath, log);
      if (clean !== undefined) copy.push(clean);
    }
    return frozen(copy);
  };
}

/**
 * Why a URL may not be rendered, or undefined when it may. The WHATWG parser is the one the browser uses for
 * `href`, so `protocol` is exactly the scheme the link would get: it strips leading/trailing control characters and
 * spaces and removes tabs and newlines anywhere (so " java\tscript:" parses as javascript:) and lower-cases the
 * scheme (so "JAVASCRIPT:" too). Without a base URL, relative and protocol-relative ("//host") URLs do not parse:
 * they would resolve against whichever page embeds the element, not against the data file, so they are dropped.
 */
function unsafeUrlReason(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not an absolute URL';
  }
  return SAFE_URL_PROTOCOLS.has(parsed.protocol) ? undefined : `its scheme ${parsed.protocol} is not allowed`;
}

/** A URL field: a non-string is an error; an unsafe URL is a warning and the value is dropped (undefined). */
const url: Check<string> = (value, path, log) => {
  const raw = text(value, path, log);
  if (raw === undefined) return undefined;
  // The trimmed string is what gets checked and kept, so what renders is exactly what was checked.
  const trimmed = raw.trim();
  const reason = unsafeUrlReason(trimmed);
  if (reason === undefined) return trimmed;
  log.warn(path, `${label(path)} ${quote(trimmed)} was dropped: ${reason} (only https:, http: and mailto: are kept).`);
  return undefined;
};

// The checks below are built once, not per record.
const textList = listOf(text);
const urlList = listOf(url);
const nullableText = nullable(text);
const nullableUrl = nullable(url);
const regionId = oneOf(REGION_IDS);
const nullableRegion = nullable(regionId);
const latitude = coordinate(-90, 90);
const longitude = coordinate(-180, 180);

const localizedText: Check<LocalizedText> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const da = required(source, 'da', path, log, text);
  const en = required(source, 'en', path, log, text);
  return da === undefined || en === undefined ? undefined : frozen({ da, en });
};

const localizedList: Check<LocalizedList> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const da = required(source, 'da', path, log, textList);
  const en = required(source, 'en', path, log, textList);
  return da === undefined || en === undefined ? undefined : frozen({ da, en });
};

const locationRole = oneOf(LOCATION_ROLES);
const location: Check<ClusterLocation> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const city = required(source, 'city', path, log, text);
  const lat = required(source, 'lat', path, log, latitude);
  const lon = required(source, 'lon', path, log, longitude);
  const role = required(source, 'role', path, log, locationRole);
  if (city === undefined || lat === undefined || lon === undefined || role === undefined) return undefined;
  return frozen({ city, lat, lon, role });
};

const locationList = listOf(location);
const statusState = oneOf(STATES);
const status: Check<ClusterStatus> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const state = required(source, 'state', path, log, statusState);
  const since = optional(source, 'since', path, log, text);
  if (state !== 'ceased') return state === undefined ? undefined : frozen({ state });
  return frozen(since === undefined ? { state } : { state, since });
};

const programme2021 = oneOf(PROGRAMME_2021);
const programme2025 = oneOf(PROGRAMME_2025);
const programmes: Check<ClusterProgrammes> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const copy: ClusterProgrammes = {};
  setIfPresent(copy, '2021-2024', optional(source, '2021-2024', path, log, programme2021));
  setIfPresent(copy, '2025-2028', optional(source, '2025-2028', path, log, programme2025));
  return frozen(copy);
};

// ---------------------------------------------------------------------------------------------------------------
// Records

/** One cluster record. Returns undefined when the record has any error (the copy would be incomplete). */
const cluster: Check<Cluster> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const errorsBefore = log.errorCount;
  const id = required(source, 'id', path, log, nonEmptyText);
  const name = required(source, 'name', path, log, nonEmptyText);
  const copy: Cluster = { id: id ?? '', name: name ?? '' };
  setIfPresent(copy, 'area', optional(source, 'area', path, log, nullableText));
  setIfPresent(copy, 'region', optional(source, 'region', path, log, nullableRegion));
  setIfPresent(copy, 'locations', optional(source, 'locations', path, log, locationList));
  setIfPresent(copy, 'website', optional(source, 'website', path, log, nullableUrl));
  setIfPresent(copy, 'websiteLive', optional(source, 'websiteLive', path, log, bool));
  setIfPresent(copy, 'founded', optional(source, 'founded', path, log, nullableText));
  setIfPresent(copy, 'predecessors', optional(source, 'predecessors', path, log, textList));
  setIfPresent(copy, 'status', optional(source, 'status', path, log, status));
  setIfPresent(copy, 'programmes', optional(source, 'programmes', path, log, programmes));
  setIfPresent(copy, 'description', optional(source, 'description', path, log, localizedText));
  setIfPresent(copy, 'focus', optional(source, 'focus', path, log, localizedList));
  setIfPresent(copy, 'sources', optional(source, 'sources', path, log, urlList));
  setIfPresent(copy, 'uncertain', optional(source, 'uncertain', path, log, textList));
  return log.errorCount > errorsBefore ? undefined : frozen(copy);
};

/** The clusters array, plus the one cross-record rule the schema cannot express: unique ids. */
const clusterList: Check<Cluster[]> = (value, path, log) => {
  const firstPathOfId = new Map<string, string>();
  const uniqueCluster: Check<Cluster> = (item, itemPath, itemLog) => {
    const clean = cluster(item, itemPath, itemLog);
    if (clean === undefined) return undefined;
    const firstPath = firstPathOfId.get(clean.id);
    if (firstPath !== undefined) {
      itemLog.error(`${itemPath}/id`, `id ${quote(clean.id)} is used twice: first at ${firstPath}.`);
      return undefined;
    }
    firstPathOfId.set(clean.id, itemPath);
    return clean;
  };
  return listOf(uniqueCluster, MAX_CLUSTERS)(value, path, log);
};

const strengthArea: Check<StrengthArea> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const id = required(source, 'id', path, log, nonEmptyText);
  const name = required(source, 'name', path, log, localizedText);
  return id === undefined || name === undefined ? undefined : frozen({ id, name });
};

const region: Check<Region> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const id = required(source, 'id', path, log, regionId);
  const name = required(source, 'name', path, log, localizedText);
  return id === undefined || name === undefined ? undefined : frozen({ id, name });
};

const milestone: Check<Milestone> = (value, path, log) => {
  const source = asObject(value, path, log);
  if (source === undefined) return undefined;
  const date = required(source, 'date', path, log, text);
  const title = required(source, 'title', path, log, localizedText);
  const sources = required(source, 'sources', path, log, urlList);
  return date === undefined || title === undefined || sources === undefined
    ? undefined
    : frozen({ date, title, sources });
};

const versionOne: Check<1> = (value, path, log) => {
  if (value === 1) return 1;
  log.error(path, `version must be 1 (the only version of this format), got ${describe(value)}.`);
  return undefined;
};

/** The whole input: a dataset object, or a bare array of clusters (wrapped as `{ version: 1, clusters }`). */
const datasetInput: Check<ClusterDataset> = (value, path, log) => {
  if (isArray(value)) {
    const clusters = clusterList(value, path, log);
    return clusters === undefined ? undefined : frozen<ClusterDataset>({ version: 1, clusters });
  }
  if (typeof value !== 'object' || value === null) {
    log.error(path, `The input must be a dataset object or an array of clusters, got ${describe(value)}.`);
    return undefined;
  }
  optional(value, 'version', path, log, versionOne);
  const asOf = optional(value, 'asOf', path, log, text);
  const clusters = required(value, 'clusters', path, log, clusterList);
  const strengthAreas = optional(value, 'strengthAreas', path, log, listOf(strengthArea));
  const regions = optional(value, 'regions', path, log, listOf(region));
  const milestones = optional(value, 'milestones', path, log, listOf(milestone));
  if (clusters === undefined) return undefined;
  const copy: ClusterDataset = { version: 1, clusters };
  setIfPresent(copy, 'asOf', asOf);
  setIfPresent(copy, 'strengthAreas', strengthAreas);
  setIfPresent(copy, 'regions', regions);
  setIfPresent(copy, 'milestones', milestones);
  return frozen(copy);
};

// ---------------------------------------------------------------------------------------------------------------
// Public API

interface GateRun<T> {
  /** The clean copy; present only when there were no errors. */
  value: T | undefined;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

function runGate<T>(input: unknown, check: Check<T>): GateRun<T> {
  const log = new IssueLog();
  let value: T | undefined;
  try {
    value = check(input, '', log);
  } catch {
    // Reads are guarded one by one; this is the last line of defence for anything exotic (a Proxy trap we do not
    // call directly, an engine limit). Never stringify what was thrown: it may be hostile too.
    log.error('', 'The input could not be read (reading it threw an exception).');
  }
  if (value === undefined && log.errorCount === 0) log.error('', 'The input could not be read.');
  return {
    value: log.errorCount === 0 ? value : undefined,
    errors: log.listedErrors(),
    warnings: log.listedWarnings(),
  };
}

/**
 * Checks cluster data without changing it. Never throws.
 *
 * @param input - a dataset object (`{ version: 1, clusters, … }`) or a bare array of clusters, as parsed from JSON
 *   or built in JavaScript.
 * @returns `valid: false` with `errors` when the data is structurally wrong and would be rejected (not an
 *   object/array, no `clusters` array, a record that is not an object, a missing or empty `id`/`name`, a field of
 *   the wrong type or value, `version` other than 1, duplicate ids); `warnings` for URL fields that the gate would
 *   drop because they are not absolute `https:`, `http:` or `mailto:` URLs (the data stays valid). Each issue has a
 *   JSON-pointer-like `path` such as `/clusters/3/website` (`/3/website` for a bare array).
 */
export function validateClusters(input: unknown): ValidationResult {
  const { errors, warnings } = runGate(input, datasetInput);
  return { valid: errors.length === 0, errors, warnings };
}

/**
 * The gate. Checks cluster data and, when it has no errors, returns a new, deep-frozen copy that holds only the
 * known fields, with unsafe URLs removed (`website` left out, bad `sources` entries left out) and a bare array
 * wrapped as `{ version: 1, clusters }`. Strings stay strings: the elements render them as text, never as markup.
 * Never throws and never logs: print `describeWarnings(result.warnings)` once if warnings matter to you.
 */
export function acceptClusterData(input: unknown): AcceptedData {
  const { value, errors, warnings } = runGate(input, datasetInput);
  return value === undefined ? { ok: false, errors, warnings } : { ok: true, data: value, warnings };
}

/**
 * The gate for one record (the card's `data` property): the same rules as a record in `acceptClusterData`, with
 * paths relative to the record (`/website`). Never throws and never logs.
 */
export function acceptCluster(record: unknown): AcceptedCluster {
  const { value, errors, warnings } = runGate(record, cluster);
  return value === undefined ? { ok: false, errors, warnings } : { ok: true, cluster: value, warnings };
}

/** How many dropped fields `describeWarnings` names before it only counts. */
const MAX_NAMED_FIELDS = 10;

/**
 * One console-ready sentence naming the fields the gate dropped, such as
 * `danish-clusters: 2 unsafe links were dropped (only https:, http: and mailto: URLs are kept): /clusters/3/website, /clusters/5/sources/1.`
 * Returns an empty string when there are no warnings.
 */
export function describeWarnings(warnings: readonly ValidationIssue[]): string {
  const fields = warnings.filter((warning) => warning.path !== '');
  const notes = warnings.filter((warning) => warning.path === '').map((warning) => ` ${warning.message}`);
  if (fields.length === 0 && notes.length === 0) return '';
  const named = fields.slice(0, MAX_NAMED_FIELDS).map((warning) => warning.path);
  const more = fields.length > MAX_NAMED_FIELDS ? ` and ${fields.length - MAX_NAMED_FIELDS} more` : '';
  const count = fields.length === 1 ? '1 unsafe link was' : `${fields.length} unsafe links were`;
  return (
    `danish-clusters: ${count} dropped (only https:, http: and mailto: URLs are kept): ` +
    `${named.join(', ')}${more}.${notes.join('')}`
  );
}

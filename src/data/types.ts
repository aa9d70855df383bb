/**
 * The data shape shared by the bundled `clusters.json`, a partner's `src` file and the `clusters` property.
 * `clusters.schema.json` is the same contract for non-TypeScript tools; `validateClusters` is the gate.
 */

/** Text in both of the library's languages. */
export interface LocalizedText {
  da: string;
  en: string;
}

/** Lists (such as focus keywords) in both languages. */
export interface LocalizedList {
  da: string[];
  en: string[];
}

/** What a place is to the cluster. `head-office` and `planned-head-office` both count as the head office. */
export type LocationRole = 'head-office' | 'office' | 'hub' | 'planned-head-office';

export interface ClusterLocation {
  city: string;
  lat: number;
  lon: number;
  role: LocationRole;
}

/** Region codes (ISO 3166-2:DK). */
export type RegionId = 'DK-81' | 'DK-82' | 'DK-83' | 'DK-84' | 'DK-85';

export type ClusterStatus = { state: 'active' } | { state: 'ceased'; since?: string };

/** Standing in the 2025–2028 programme. */
export type Programme2025 = 'confirmed' | 'reported-out' | 'conflicting' | 'unknown';

export interface ClusterProgrammes {
  '2021-2024'?: 'appointed';
  '2025-2028'?: Programme2025;
}

/** Names of record fields that can be listed in `uncertain`. */
export type UncertainField =
  | 'area'
  | 'region'
  | 'locations'
  | 'website'
  | 'founded'
  | 'predecessors'
  | 'status'
  | 'programmes';

/** One cluster organisation. Optional fields may be missing in partner data. */
export interface Cluster {
  /** Stable id, such as `odense-robotics`. */
  id: string;
  name: string;
  /** Strength-area id; partner data may bring areas the library does not know. */
  area?: string | null;
  /** Region of the head office; `null` when no head office is known. */
  region?: RegionId | null;
  locations?: ClusterLocation[];
  /** Live website; `null` when unknown. */
  website?: string | null;
  /** `false` when the website is defunct: shown as text, never as a link. */
  websiteLive?: boolean;
  /** ISO 8601 with its precision: `2014`, `2020-07`, `2020-11-24`. */
  founded?: string | null;
  predecessors?: string[];
  status?: ClusterStatus;
  programmes?: ClusterProgrammes;
  description?: LocalizedText;
  focus?: LocalizedList;
  /** At most four source URLs, the most authoritative first. */
  sources?: string[];
  /** Fields whose value has low or medium confidence; the UI marks them. */
  uncertain?: UncertainField[] | string[];
}

export interface StrengthArea {
  id: string;
  name: LocalizedText;
}

export interface Region {
  id: RegionId;
  name: LocalizedText;
}

export interface Milestone {
  /** ISO 8601 with its precision. */
  date: string;
  title: LocalizedText;
  sources: string[];
}

/** The whole dataset: the bundled file and a partner's `src` file have this shape. */
export interface ClusterDataset {
  version: 1;
  /** When the facts were last checked, ISO 8601 (`2026-11`). */
  asOf?: string;
  clusters: Cluster[];
  strengthAreas?: StrengthArea[];
  regions?: Region[];
  milestones?: Milestone[];
}

/** Filters and order for `queryClusters`. Every field is optional. */
export interface ClusterQuery {
  /** Free text; Danish-aware, case- and accent-insensitive. */
  query?: string;
  area?: string;
  region?: RegionId | string;
  status?: 'all' | 'active' | 'ceased';
  sort?: 'name' | 'area' | 'region';
}

export interface ValidationIssue {
  /** JSON-pointer-like path, such as `/clusters/3/website`. */
  path: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  /** Structural problems: the input is rejected. */
  errors: ValidationIssue[];
  /** Dropped fields (unsafe URLs): the input is still valid, sanitised. */
  warnings: ValidationIssue[];
}

/**
 * The embed configurator's snippet generator: one pure function from a configuration to the exact HTML a
 * partner pastes (the script tag, the `:not(:defined)` reservation CSS and the element), plus the option
 * lists the configurator's form is built from, so the form and the generator share one source.
 *
 * No DOM, no imports: Node loads this file (through an esbuild transform) in test/node/snippet.test.mjs, and
 * test/integration/configurator.test.mjs renders generated snippets in Chromium.
 *
 * Validation: an attribute the element does not have, or a value outside its allowed values, is **dropped**
 * (left out of the snippet) and reported in `embedAttributes(…).dropped`; the configurator shows that list.
 * Dropping, not throwing, because the values come from a form a person types into (a limit of 0, say): the
 * preview is built from the same validated list, so the preview and the snippet always agree. A malformed
 * `script` (an empty path, a version that is not exact) is a programming error and throws a TypeError.
 */

/** The library's elements, in the order the configurator offers them. */
export const ELEMENTS = [
  'cluster-list',
  'cluster-card',
  'cluster-map',
  'cluster-explorer',
  'cluster-about',
  'cluster-timeline',
] as const;

export type ElementName = (typeof ELEMENTS)[number];

/** Attribute values as a configuration gives them (the form's values); `undefined`, `''` and `false` mean absent. */
export type AttributeInput = string | boolean | number | undefined;

export type ScriptConfig =
  | { kind: 'self-hosted'; path: string }
  | { kind: 'cdn'; version: string; integrity: string };

export interface EmbedConfig {
  element: ElementName;
  attributes: Record<string, AttributeInput>;
  script: ScriptConfig;
}

/** An attribute in the snippet: its name and its (unescaped) value, or `true` for a bare boolean attribute. */
export type EmbedAttribute = readonly [name: string, value: string | true];

/** An attribute the generator left out, and why. */
export interface DroppedAttribute {
  name: string;
  value: AttributeInput;
  reason: string;
}

/** The strength-area ids of the bundled data (DESIGN.md; test/node/snippet.test.mjs keeps them equal to clusters.json). */
export const AREA_IDS = [
  'environment',
  'energy',
  'food-bio',
  'maritime-logistics',
  'life-science-welfare',
  'construction',
  'advanced-manufacturing',
  'digital',
  'fintech',
  'robotics',
  'design-fashion-furniture',
  'digital-visual',
  'sound',
  'defence-space-security',
] as const;

/** The cluster ids of the bundled data (DESIGN.md; kept equal to clusters.json by the same test). */
export const CLUSTER_IDS = [
  'clean',
  'energy-cluster-denmark',
  'food-bio-cluster-denmark',
  'marlog',
  'danish-life-science-cluster',
  'we-build-denmark',
  'made',
  'digitallead',
  'copenhagen-fintech',
  'odense-robotics',
  'lifestyle-design-cluster',
  'vision-denmark',
  'danish-sound-cluster',
  'censec',
] as const;

export const REGION_IDS = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'] as const;

/** The tokens of `controls`, in their canonical order (also the default: all five). */
export const CONTROL_TOKENS = ['search', 'area', 'region', 'status', 'sort'] as const;

/**
 * What an attribute accepts.
 * - `enum`: one of `values`; `default` (if any) is left out of the snippet. `dataIds`: the values are ids of
 *   the bundled data, so with a `src` (a partner's own data) any non-empty id is accepted.
 * - `text`: free text (any non-empty string).
 * - `integer`: a whole number in [min, max]; `default` is left out.
 * - `boolean`: `true` writes the bare attribute, `false` leaves it out.
 * - `tokens`: space-separated tokens from `tokens` (written in their canonical order), or `none`; all of
 *   them is the default.
 * - `language`: a language tag (`da`, `en`, `en-GB`, …).
 */
export type AttributeSpec = { name: string; description: string } & (
  | { kind: 'enum'; values: readonly string[]; default?: string; dataIds?: boolean }
  | { kind: 'text' }
  | { kind: 'integer'; min: number; max: number; default?: number }
  | { kind: 'boolean' }
  | { kind: 'tokens'; tokens: readonly string[] }
  | { kind: 'language' }
);

const query: AttributeSpec = { name: 'query', kind: 'text', description: 'Free-text search (Danish-aware).' };
const area: AttributeSpec = { name: 'area', kind: 'enum', values: AREA_IDS, dataIds: true, description: 'Strength area.' };
const region: AttributeSpec = { name: 'region', kind: 'enum', values: REGION_IDS, description: 'Region of the head office.' };
const status: AttributeSpec = { name: 'status', kind: 'enum', values: ['all', 'active', 'ceased'], default: 'all', description: 'Active or ceased clusters.' };
const selected: AttributeSpec = {
  name: 'selected',
  kind: 'enum',
  values: CLUSTER_IDS,
  dataIds: true,
  description: 'A cluster to highlight (a visitor’s selection sets it).',
};
const listAttributes: readonly AttributeSpec[] = [
  query,
  area,
  region,
  status,
  { name: 'sort', kind: 'enum', values: ['name', 'area', 'region'], default: 'name', description: 'Order of the cards.' },
  { name: 'layout', kind: 'enum', values: ['grid', 'list'], default: 'grid', description: 'Columns of cards, or one column of compact cards.' },
  { name: 'limit', kind: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER, description: 'Show at most this many cards, then “show all”.' },
  { name: 'controls', kind: 'tokens', tokens: CONTROL_TOKENS, description: 'The filter controls a visitor sees.' },
  selected,
  { name: 'sync-url', kind: 'boolean', description: 'Mirror the filters (and the explorer’s open cluster) in the page URL.' },
];

function common(defaultHeadingLevel: number): AttributeSpec[] {
  return [
    { name: 'lang', kind: 'language', description: 'Language (`da*` Danish, anything else English); absent: the page’s.' },
    { name: 'theme', kind: 'enum', values: ['light', 'dark', 'auto'], description: 'Colours; absent: inherit the page.' },
    { name: 'heading-level', kind: 'integer', min: 1, max: 6, default: defaultHeadingLevel, description: 'Level of the element’s top heading.' },
  ];
}

const dataAttributes: readonly AttributeSpec[] = [
  { name: 'src', kind: 'text', description: 'URL of your own JSON data (same shape as the bundled file).' },
  { name: 'timeout', kind: 'integer', min: 1, max: Number.MAX_SAFE_INTEGER, default: 10000, description: 'Milliseconds to wait for `src`.' },
];

/**
 * Every public attribute of each element (DESIGN.md, custom-elements.json), in the order the snippet writes
 * them: the element's own first, then `lang`, `theme`, `heading-level`, then `src` and `timeout`.
 */
export const ELEMENT_ATTRIBUTES: Readonly<Record<ElementName, readonly AttributeSpec[]>> = {
  'cluster-list': [...listAttributes, ...common(2), ...dataAttributes],
  'cluster-card': [
    { name: 'cluster', kind: 'enum', values: CLUSTER_IDS, dataIds: true, description: 'The cluster to show.' },
    { name: 'variant', kind: 'enum', values: ['full', 'compact'], default: 'full', description: 'Everything, or area, name, head office and website.' },
    ...common(3),
    ...dataAttributes,
  ],
  'cluster-map': [
    query,
    area,
    region,
    status,
    selected,
    { name: 'shade-regions', kind: 'boolean', description: 'Shade each region by its number of head offices.' },
    ...common(2),
    ...dataAttributes,
  ],
  'cluster-explorer': [...listAttributes, ...common(2), ...dataAttributes],
  'cluster-about': [
    {
      name: 'topic',
      kind: 'enum',
      values: ['what-is-a-cluster', 'central-role', 'cluster-organisation', 'history'],
      description: 'One topic; absent: all four.',
    },
    ...common(2),
  ],
  'cluster-timeline': [
    { name: 'layout', kind: 'enum', values: ['vertical', 'horizontal'], default: 'vertical', description: 'A list, or a sideways-scrolling strip (when at least 40em wide).' },
    ...common(2),
  ],
};

/** The README's `:not(:defined)` reservation for each element (test/node/snippet.test.mjs checks they match). */
export const RESERVATION_CSS: Readonly<Record<ElementName, string>> = {
  'cluster-card': 'cluster-card:not(:defined) { display: block; min-height: 16em; }',
  'cluster-list': 'cluster-list:not(:defined) { display: block; min-height: 40em; }',
  'cluster-map': 'cluster-map:not(:defined) { display: block; aspect-ratio: 1000 / 1200; }',
  'cluster-explorer': 'cluster-explorer:not(:defined) { display: block; min-height: 60em; }',
  'cluster-about': 'cluster-about:not(:defined) { display: block; min-height: 40em; }',
  'cluster-timeline': 'cluster-timeline:not(:defined) { display: block; min-height: 30em; }',
};
/** The compact card's smaller reservation, added when `variant="compact"`. */
export const COMPACT_CARD_CSS = 'cluster-card[variant="compact"]:not(:defined) { min-height: 7em; }';

/** The public CDN (jsDelivr) URL of the ES-module bundle at one exact version. */
export function cdnUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/danish-clusters@${version}/dist/cdn/danish-clusters.js`;
}

const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const isAbsent = (value: AttributeInput) => value === undefined || value === '' || value === false;

/** One attribute's value checked against its spec: the value to write, `undefined` for the default, or a reason to drop it. */
function check(
  spec: AttributeSpec,
  value: Exclude<AttributeInput, undefined>,
  ownData: boolean,
): { value: string | true | undefined } | { reason: string } {
  switch (spec.kind) {
    case 'boolean':
      return value === true ? { value: true } : { reason: 'a boolean attribute takes true or false' };
    case 'integer': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isInteger(number) || number < spec.min || number > spec.max) {
        const range = spec.max === Number.MAX_SAFE_INTEGER ? `from ${spec.min}` : `from ${spec.min} to ${spec.max}`;
        return { reason: `a whole number ${range}` };
      }
      return { value: number === spec.default ? undefined : String(number) };
    }
    case 'text':
      // Blank text filters nothing: left out like an empty value.
      return typeof value === 'string' ? { value: value.trim() === '' ? undefined : value } : { reason: 'text' };
    case 'language':
      return typeof value === 'string' && LANGUAGE_TAG.test(value) ? { value } : { reason: 'a language tag such as da or en' };
    case 'enum': {
      if (typeof value !== 'string') return { reason: `one of ${spec.values.join(', ')}` };
      if (spec.values.includes(value) || (spec.dataIds && ownData && /^\S+$/.test(value))) {
        return { value: value === spec.default ? undefined : value };
      }
      return { reason: `one of ${spec.values.join(', ')}` };
    }
    case 'tokens': {
      const tokens = typeof value === 'string' ? value.trim().split(/\s+/).filter(Boolean) : [];
      if (tokens.length === 1 && tokens[0] === 'none') return { value: 'none' };
      if (tokens.length === 0 || !tokens.every((token) => spec.tokens.includes(token))) {
        return { reason: `tokens from “${spec.tokens.join(' ')}”, or none` };
      }
      const chosen = spec.tokens.filter((token) => tokens.includes(token));
      return { value: chosen.length === spec.tokens.length ? undefined : chosen.join(' ') };
    }
  }
}

/**
 * The attributes to write for `element`, in the element's fixed order: valid values that differ from the
 * defaults. Everything else (unknown names, invalid values) is in `dropped`. The configurator's preview sets
 * exactly these attributes on a fresh element, so the preview is what the snippet renders.
 */
export function embedAttributes(
  element: ElementName,
  input: Readonly<Record<string, AttributeInput>>,
): { attributes: EmbedAttribute[]; dropped: DroppedAttribute[] } {
  const specs = ELEMENT_ATTRIBUTES[element];
  if (!specs) throw new TypeError(`Unknown element "${String(element)}"; expected one of ${ELEMENTS.join(', ')}.`);
  const attributes: EmbedAttribute[] = [];
  const dropped: DroppedAttribute[] = [];
  const ownData = typeof input.src === 'string' && input.src !== '';
  for (const spec of specs) {
    if (!Object.hasOwn(input, spec.name)) continue;
    const value = input[spec.name];
    if (isAbsent(value)) continue;
    const result = check(spec, value as Exclude<AttributeInput, undefined>, ownData);
    if ('reason' in result) dropped.push({ name: spec.name, value, reason: `${spec.name} takes ${result.reason}` });
    else if (result.value !== undefined) attributes.push([spec.name, result.value]);
  }
  for (const name of Object.keys(input).sort()) {
    if (!specs.some((spec) => spec.name === name) && !isAbsent(input[name])) {
      dropped.push({ name, value: input[name], reason: `<${element}> has no attribute ${name}` });
    }
  }
  return { attributes, dropped };
}

/** The `<script type="module">` line. */
export function scriptTag(script: ScriptConfig): string {
  if (script?.kind === 'self-hosted') {
    if (typeof script.path !== 'string' || script.path.trim() === '') throw new TypeError('A self-hosted script needs its path.');
    return `<script type="module" src="${escapeAttribute(script.path)}"></script>`;
  }
  if (script?.kind === 'cdn') {
    if (typeof script.version !== 'string' || !EXACT_VERSION.test(script.version)) {
      throw new TypeError(`The CDN script needs an exact version such as 0.1.0 (got "${String(script.version)}"): integrity pins one file.`);
    }
    if (typeof script.integrity !== 'string' || script.integrity.trim() === '') {
      throw new TypeError('The CDN script needs its integrity value (dist/cdn/integrity.json of that version).');
    }
    return (
      `<script type="module" src="${escapeAttribute(cdnUrl(script.version))}"` +
      ` integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"></script>`
    );
  }
  throw new TypeError('script.kind must be "self-hosted" or "cdn".');
}

/** The reservation CSS rules for the element as configured. */
export function reservationCss(element: ElementName, attributes: readonly EmbedAttribute[]): string[] {
  const rules = [RESERVATION_CSS[element]];
  if (element === 'cluster-card' && attributes.some(([name, value]) => name === 'variant' && value === 'compact')) {
    rules.push(COMPACT_CARD_CSS);
  }
  return rules;
}

/** The element's start and end tag with its attributes (values escaped, booleans bare). */
export function elementTag(element: ElementName, attributes: readonly EmbedAttribute[]): string {
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${element}${written.join('')}></${element}>`;
}

/**
 * The snippet a partner pastes: the script tag, a `<style>` with the reservation for this element (so the page
 * does not jump before the script has run), and the element with the attributes that differ from the defaults.
 * Pure and deterministic: the same configuration gives the same string, whatever the order of its keys.
 */
export function embedSnippet(config: EmbedConfig): string {
  const { attributes } = embedAttributes(config.element, config.attributes ?? {});
  return [
    scriptTag(config.script),
    '<style>',
    ...reservationCss(config.element, attributes).map((rule) => `  ${rule}`),
    '</style>',
    elementTag(config.element, attributes),
    '',
  ].join('\n');
}

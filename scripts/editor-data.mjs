#!/usr/bin/env node
/**
 * Editor data from custom-elements.json (the elements' JSDoc, i.e. the API contract): VS Code's HTML custom
 * data (`vscode.html-custom-data.json`) and JetBrains' web-types (`web-types.json`), both at the package
 * root. Partners writing plain HTML in either editor then get completion and hover docs for our tags, their
 * attributes and the attributes' allowed values, with no build step of their own.
 *
 * `generateEditorData(manifest, options)` is pure; `node scripts/editor-data.mjs` (and `writeEditorData`,
 * which the build calls after the manifest) writes both files.
 *
 * Attribute types in the manifest are TypeScript type text as written (`Theme | undefined`), so enum values
 * come either from literal unions in that text (`'light' | 'dark' | 'auto'`) or, for a type alias, from the
 * alias's declaration in src/, read with the TypeScript compiler (`typeAliasValues`).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The two files, at the package root (package.json's `files` and `web-types` name them). */
export const EDITOR_FILES = { vscode: 'vscode.html-custom-data.json', webTypes: 'web-types.json' };

/** Where the documentation lives for someone who has the package installed: its npm page shows the README. */
const DOC_URL = 'https://www.npmjs.com/package/danish-clusters';

// ---------------------------------------------------------------------------------------------------------
// Reading the manifest

/** The manifest's custom elements (declarations with a tag name), by tag name, so the output is stable. */
export function elementsOf(manifest) {
  return (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The members of a union type text, split at top-level `|` only (not inside quotes, `<…>`, `(…)`, `[…]` or
 * `{…}`), trimmed. `'a' | Map<string, 'b' | 'c'>` → [`'a'`, `Map<string, 'b' | 'c'>`].
 */
export function unionMembers(text) {
  const members = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('<([{'.includes(char)) depth += 1;
    else if ('>)]}'.includes(char)) depth -= 1;
    else if (char === '|' && depth === 0) {
      members.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  members.push(text.slice(start).trim());
  return members.filter(Boolean);
}

const NOTHING = new Set(['undefined', 'null']);
const STRING_LITERAL = /^(['"])((?:\\.|(?!\1).)*)\1$/;

/**
 * An attribute's allowed values from its type text, in the order written: string literals as they are,
 * alias names through `types` (name → values). Empty when the type admits other values too (`string`,
 * `number`, `boolean`, an unknown name), because then there is no list to offer: `string | undefined` → [].
 * Throws for an alias that `types` marks ambiguous (two declarations of one name with different values).
 */
export function enumValues(typeText, types = new Map()) {
  const values = [];
  for (const member of unionMembers(typeText ?? '')) {
    if (NOTHING.has(member)) continue;
    const literal = STRING_LITERAL.exec(member);
    if (literal) {
      values.push(literal[2]);
      continue;
    }
    if (!types.has(member)) return [];
    const aliased = types.get(member);
    if (aliased === null) throw new Error(`editor-data: type ${member} is declared twice in src/ with different values`);
    values.push(...aliased);
  }
  return [...new Set(values)];
}

/** The non-nullish members of a type text joined again: `number | undefined` → `number`. */
function withoutNothing(typeText) {
  return unionMembers(typeText ?? '')
    .filter((member) => !NOTHING.has(member))
    .join(' | ');
}

/** Whether an attribute is a boolean one (present = true): editors then offer it without a value. */
function isBoolean(attribute) {
  return withoutNothing(attribute.type?.text) === 'boolean';
}

/** The element's public instance properties (fields) that scripts set: not static, not private or protected. */
function publicProperties(element) {
  return (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy === undefined || member.privacy === 'public'),
  );
}

/** `summary` and `description` as one markdown text (either may be missing). */
function overview(element) {
  return [element.summary, element.description].filter(Boolean).join('\n\n');
}

/** A CSS custom property's description with its default, which neither editor format has a field for. */
function cssPropertyText(property) {
  const text = property.description ?? '';
  return property.default ? `${text}${text ? ' ' : ''}Default: \`${property.default}\`.` : text;
}

// ---------------------------------------------------------------------------------------------------------
// VS Code: https://github.com/microsoft/vscode-html-languageservice/blob/main/docs/customData.md

/**
 * The tag's hover text. VS Code's format has fields only for attributes, so the properties, events, parts
 * and custom properties are listed in the description: that is where a partner looks for them.
 */
function vscodeTagText(element) {
  const names = (items) => items.map((item) => `\`${item.name}\``).join(', ');
  const sections = [overview(element)];
  const properties = publicProperties(element).filter((member) => !member.attribute);
  if (properties.length) sections.push(`**Properties:** ${names(properties)}`);
  if (element.events?.length) {
    sections.push(['**Events:**', ...element.events.map((event) => `- \`${event.name}\` — ${event.description ?? ''}`)].join('\n'));
  }
  if (element.slots?.length) sections.push(`**Slots:** ${element.slots.map((slot) => `\`${slot.name || '(default)'}\``).join(', ')}`);
  if (element.cssParts?.length) sections.push(`**CSS parts:** ${names(element.cssParts)}`);
  if (element.cssProperties?.length) sections.push(`**CSS custom properties:** ${names(element.cssProperties)}`);
  return sections.join('\n\n');
}

/** One attribute for VS Code: the values to complete, or `valueSet: "v"` (VS Code's "no value") for booleans. */
function vscodeAttribute(attribute, types) {
  const entry = { name: attribute.name };
  if (attribute.description) entry.description = { kind: 'markdown', value: attribute.description };
  const values = enumValues(attribute.type?.text, types);
  if (values.length) entry.values = values.map((name) => ({ name }));
  else if (isBoolean(attribute)) entry.valueSet = 'v';
  return entry;
}

function vscodeData(elements, types, docUrl) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: vscodeTagText(element) },
      attributes: (element.attributes ?? []).map((attribute) => vscodeAttribute(attribute, types)),
      references: [{ name: 'danish-clusters (README)', url: docUrl }],
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// JetBrains: https://plugins.jetbrains.com/docs/intellij/websymbols-web-types.html

/**
 * A type text as a JetBrains IDE can read it without our sources: known aliases become their literal
 * unions (`Theme | undefined` → `'light' | 'dark' | 'auto' | undefined`), so the IDE completes the values.
 */
function expandType(typeText, types) {
  return unionMembers(typeText ?? '')
    .map((member) => (Array.isArray(types.get(member)) ? types.get(member).map((value) => `'${value}'`).join(' | ') : member))
    .join(' | ');
}

/** One attribute for web-types: `value.type` is a literal union for enums, else the plain type. */
function webTypesAttribute(attribute, types) {
  const entry = { name: attribute.name };
  if (attribute.description) entry.description = attribute.description;
  const values = enumValues(attribute.type?.text, types);
  const type = values.length ? values.map((value) => `'${value}'`).join(' | ') : withoutNothing(expandType(attribute.type?.text, types)) || 'string';
  entry.value = { type };
  if (attribute.default !== undefined && !isBoolean(attribute)) entry.default = attribute.default;
  return entry;
}

function webTypesElement(element, types, docUrl) {
  const entry = {
    name: element.tagName,
    description: overview(element),
    'doc-url': docUrl,
    source: { module: 'danish-clusters', symbol: element.name },
    attributes: (element.attributes ?? []).map((attribute) => webTypesAttribute(attribute, types)),
  };
  if (element.slots?.length) entry.slots = element.slots.map(({ name, description }) => ({ name, description }));
  entry.js = {
    properties: publicProperties(element).map((member) => ({
      name: member.name,
      ...(member.description ? { description: member.description } : {}),
      ...(member.type?.text ? { type: expandType(member.type.text, types) } : {}),
    })),
    events: (element.events ?? []).map(({ name, description }) => ({ name, ...(description ? { description } : {}) })),
  };
  entry.css = {
    properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: cssPropertyText(property) })),
    parts: (element.cssParts ?? []).map(({ name, description }) => ({ name, ...(description ? { description } : {}) })),
  };
  return entry;
}

/**
 * No `framework`: the elements are plain HTML, and a framework value would switch the data on only in
 * projects that the IDE recognises as using that framework (a partner's CMS theme folder is not one).
 */
function webTypesData(elements, types, { name, version, docUrl }) {
  return {
    $schema: 'http://json.schemastore.org/web-types',
    name,
    version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: { html: { elements: elements.map((element) => webTypesElement(element, types, docUrl)) } },
  };
}

/**
 * Both editor formats from a custom-elements manifest. `types` maps type-alias names to their values
 * (see `typeAliasValues`); `name` and `version` are the package's (web-types requires both).
 */
export function generateEditorData(manifest, { types = new Map(), name = 'danish-clusters', version = '0.0.0', docUrl = DOC_URL } = {}) {
  const elements = elementsOf(manifest);
  return { vscode: vscodeData(elements, types, docUrl), webTypes: webTypesData(elements, types, { name, version, docUrl }) };
}

// ---------------------------------------------------------------------------------------------------------
// Type aliases of src/, with the TypeScript compiler

/** Every `.ts` file under `dir`, recursively. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The string values of a checker type, in order: a tuple's elements, a union's members, a literal. */
function valuesOfType(type, checker) {
  if (checker.isTupleType(type)) return flatValues(checker.getTypeArguments(type).map((element) => valuesOfType(element, checker)));
  if (type.isUnion()) return flatValues(type.types.map((member) => valuesOfType(member, checker)));
  if (type.isStringLiteral()) return [type.value];
  if (type.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) return [];
  return null;
}

/** `null` when any part is not a list of strings, else the parts joined. */
function flatValues(parts) {
  return parts.includes(null) ? null : parts.flat();
}

/**
 * The string values a type node allows, in source order, or `null` when it allows more than a fixed list.
 * The syntax gives the order as written (the checker orders union members by internal ids); the checker
 * answers the rest: another alias by name, and `(typeof LIST)[number]` of an `as const` array.
 */
function valuesOfNode(node, checker) {
  if (ts.isParenthesizedTypeNode(node)) return valuesOfNode(node.type, checker);
  if (ts.isUnionTypeNode(node)) return flatValues(node.types.map((member) => valuesOfNode(member, checker)));
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) return [node.literal.text];
    return node.literal.kind === ts.SyntaxKind.NullKeyword ? [] : null;
  }
  if (node.kind === ts.SyntaxKind.UndefinedKeyword) return [];
  if (ts.isIndexedAccessTypeNode(node) && node.indexType.kind === ts.SyntaxKind.NumberKeyword) {
    return valuesOfType(checker.getTypeFromTypeNode(node.objectType), checker);
  }
  return valuesOfType(checker.getTypeFromTypeNode(node), checker);
}

/**
 * Every exported type alias in `srcDir` whose values are a fixed list of strings, as name → values.
 * A name declared twice with different values maps to `null` (ambiguous: `enumValues` refuses it).
 */
export function typeAliasValues(srcDir = join(root, 'src')) {
  const files = sourceFiles(srcDir);
  // Only src/ itself and the ES library: string-literal types need neither the DOM typings nor Lit's, and
  // leaving them out (noResolve: imports between src/ files still resolve) makes this several times faster.
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    noResolve: true,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const aliases = new Map();
  for (const file of files) {
    for (const statement of program.getSourceFile(file)?.statements ?? []) {
      if (!ts.isTypeAliasDeclaration(statement)) continue;
      if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
      const values = valuesOfNode(statement.type, checker);
      if (!values?.length) continue;
      const name = statement.name.text;
      const known = aliases.get(name);
      aliases.set(name, known === undefined || (known && known.join('|') === values.join('|')) ? values : null);
    }
  }
  return aliases;
}

// ---------------------------------------------------------------------------------------------------------
// Files

/** The JSON text of one generated file (two-space indent, final newline), as committed. */
export function serialise(data) {
  return JSON.stringify(data, null, 2) + '\n';
}

/** Both formats for the package in `dir`: its custom-elements.json, its package.json and its src/ types. */
export function editorDataFor(dir = root) {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return generateEditorData(manifest, { types: typeAliasValues(join(dir, 'src')), name: pkg.name, version: pkg.version });
}

/**
 * The editor files in `dir` that differ from a fresh generation (missing ones included). For a check that
 * runs before the build, as the manifest check does: after the build, which rewrites them, they always match.
 */
export function staleEditorFiles(dir = root) {
  const data = editorDataFor(dir);
  return Object.entries(EDITOR_FILES)
    .filter(([key, file]) => !existsSync(join(dir, file)) || readFileSync(join(dir, file), 'utf8') !== serialise(data[key]))
    .map(([, file]) => file);
}

/** Writes both files into `dir` (after custom-elements.json is fresh) and returns their paths. */
export function writeEditorData(dir = root) {
  const data = editorDataFor(dir);
  return Object.entries(EDITOR_FILES).map(([key, file]) => {
    writeFileSync(join(dir, file), serialise(data[key]));
    return join(dir, file);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = writeEditorData(root);
  console.log(`editor-data: ${written.map((file) => file.slice(root.length)).join(' and ')} written`);
}

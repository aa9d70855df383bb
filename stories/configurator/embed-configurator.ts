/**
 * `<embed-configurator>`: the Storybook page where a partner chooses an element, its filters and options,
 * language, theme and script, sees the live element, and copies the exact snippet. A docs tool, not part of
 * the library: it is registered here and never shipped.
 *
 * One source: the form is built from the generator's option lists (snippet.ts), the snippet comes from
 * `embedSnippet`, and the preview is a fresh library element with exactly the attributes the snippet writes
 * (`embedAttributes` + `previewElement`), so what the preview shows is what the snippet renders
 * (test/integration/configurator.test.mjs checks that in blank pages).
 *
 * The CDN option's `integrity`: taken from `dist/cdn/integrity.json` when this Storybook was built after the
 * library (as `npm test` and a release do) and that file is for the version in use; `import.meta.glob` gives an
 * empty result instead of a build error when the file does not exist (`npm start` on a fresh clone). Without
 * it the snippet shows the placeholder `sha384-…` and says where the value comes from.
 */
import { css, html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { clusters, regions, strengthAreas } from '../../src/data/index.js';
import { VERSION } from '../../src/internal/version.js';
import { setClusterParameters } from '../support/url.js';
import { previewElement } from './preview.js';
import {
  ELEMENT_ATTRIBUTES,
  ELEMENTS,
  embedAttributes,
  embedSnippet,
  type AttributeInput,
  type AttributeSpec,
  type DroppedAttribute,
  type ElementName,
  type ScriptConfig,
} from './snippet.js';

interface IntegrityFile {
  version?: string;
  files?: Record<string, string>;
}

/** This build's `dist/cdn/integrity.json`, if it existed when Storybook was built (an empty glob otherwise). */
const integrityGlob: Record<string, IntegrityFile> =
  // @ts-expect-error -- Vite's import.meta.glob; the project declares no Vite client types (they would change other files' checks).
  import.meta.glob('../../dist/cdn/integrity.json', { eager: true, import: 'default' });
const integrityFile: IntegrityFile | undefined = Object.values(integrityGlob)[0];

/** The ES module's SRI hash for VERSION, or undefined when no build of that version was found. */
export const BUILT_INTEGRITY: string | undefined =
  integrityFile?.version === VERSION ? integrityFile.files?.['danish-clusters.js'] : undefined;

const INTEGRITY_PLACEHOLDER = 'sha384-…';
const DEFAULT_PATH = '/assets/danish-clusters.js';

/**
 * Attributes without a control among the element's: set by visitors (`selected`), or about a partner's own data
 * (`src`, `timeout`; the generator supports them). `lang` and `theme` have their own fieldset, shared by all elements.
 */
const NOT_IN_FORM = new Set(['selected', 'src', 'timeout', 'lang', 'theme']);

const ELEMENT_LABELS: Record<ElementName, string> = {
  'cluster-list': 'List — browse, search and filter',
  'cluster-card': 'Card — one cluster',
  'cluster-map': 'Map of Denmark',
  'cluster-explorer': 'Explorer — the whole page',
  'cluster-about': 'About — what a cluster is',
  'cluster-timeline': 'Timeline — milestones',
};

const NAMES: Record<string, Map<string, string>> = {
  area: new Map(strengthAreas.map((item) => [item.id, item.name.en])),
  region: new Map(regions.map((item) => [item.id, item.name.en])),
  cluster: new Map(clusters.map((item) => [item.id, item.name])),
};

/** What an empty choice means, for enums without a default. */
const EMPTY_LABELS: Record<string, string> = {
  area: 'All areas',
  region: 'All regions',
  topic: 'All four topics',
};

type Values = Record<string, AttributeInput>;

/**
 * @summary Choose an element and its options, see it live, copy the snippet.
 */
export class EmbedConfigurator extends LitElement {
  static override properties: PropertyDeclarations = {
    element: { state: true },
    values: { state: true },
    langChoice: { state: true },
    themeChoice: { state: true },
    scriptKind: { state: true },
    path: { state: true },
    copyStatus: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      min-inline-size: min(100%, 18em);
      --line: color-mix(in srgb, currentColor 35%, transparent);
      --tint: color-mix(in srgb, currentColor 7%, transparent);
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    [hidden] {
      display: none !important;
    }
    h2 {
      font-size: 1.25em;
      margin: 1.25em 0 0.5em;
    }
    /* The form beside the snippet when there is room (the snippet stays in view while choosing), stacked when
       not; the preview below, full width (the explorer and the map need it). */
    .top {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
      gap: 1em 2em;
      align-items: start;
    }
    .output {
      position: sticky;
      top: 0;
      min-inline-size: 0;
    }
    .output > h2 {
      margin-top: 0;
    }
    form {
      display: grid;
      gap: 1em;
    }
    fieldset {
      margin: 0;
      border: 1px solid var(--line);
      border-radius: 0.5em;
      padding: 0.75em 1em 1em;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25em;
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
      gap: 0.75em 1em;
      align-items: start;
    }
    .field {
      display: grid;
      gap: 0.25em;
      min-inline-size: 0;
    }
    .field > label,
    .choice-legend {
      font-weight: 600;
    }
    .hint {
      font-size: 0.875em;
    }
    input[type='text'],
    input[type='number'],
    select {
      font: inherit;
      inline-size: 100%;
      min-block-size: 2.25em;
      padding: 0.25em 0.5em;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      border: 0;
      padding: 0;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      min-block-size: 1.75em;
    }
    .check input {
      margin: 0;
      inline-size: 1.125em;
      block-size: 1.125em;
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
    pre {
      margin: 0;
      padding: 0.75em 1em;
      border: 1px solid var(--line);
      border-radius: 0.5em;
      background: var(--tint);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-size: 0.875em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin-block-start: 0.75em;
    }
    button {
      font: inherit;
      min-block-size: 2.25em;
      padding: 0.25em 1em;
      cursor: pointer;
    }
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
    .note {
      margin: 0.5em 0 0;
    }
    .preview {
      border: 1px dashed var(--line);
      border-radius: 0.5em;
      padding: 1em;
      min-inline-size: 0;
    }
  `;

  declare element: ElementName;
  /** The form's values per element (switching elements keeps each one's choices). */
  declare values: Record<ElementName, Values>;
  /** `lang` of the snippet: '' (the page's language), `da` or `en`. Shared by every element. */
  declare langChoice: string;
  /** `theme` of the snippet: '' (absent), `light`, `dark` or `auto`. */
  declare themeChoice: string;
  declare scriptKind: ScriptConfig['kind'];
  declare path: string;
  declare copyStatus: string;

  /** The configuration last shown in the preview, so the element is recreated only when it changed. */
  private previewKey = '';

  constructor() {
    super();
    this.element = 'cluster-list';
    this.values = {
      'cluster-list': {},
      'cluster-card': { cluster: 'odense-robotics' },
      'cluster-map': {},
      'cluster-explorer': {},
      'cluster-about': {},
      'cluster-timeline': {},
    };
    this.langChoice = '';
    this.themeChoice = '';
    this.scriptKind = 'self-hosted';
    this.path = DEFAULT_PATH;
    this.copyStatus = '';
  }

  /** The attributes as the form has them (before validation). */
  private get input(): Values {
    return { ...this.values[this.element], lang: this.langChoice, theme: this.themeChoice };
  }

  private get script(): ScriptConfig {
    return this.scriptKind === 'cdn'
      ? { kind: 'cdn', version: VERSION, integrity: BUILT_INTEGRITY ?? INTEGRITY_PLACEHOLDER }
      : { kind: 'self-hosted', path: this.path.trim() || DEFAULT_PATH };
  }

  private set(name: string, value: AttributeInput): void {
    this.values = { ...this.values, [this.element]: { ...this.values[this.element], [name]: value } };
    this.copyStatus = '';
  }

  protected override render(): TemplateResult {
    const { attributes, dropped } = embedAttributes(this.element, this.input);
    const snippet = embedSnippet({ element: this.element, attributes: this.input, script: this.script });
    const specs = ELEMENT_ATTRIBUTES[this.element].filter((spec) => !NOT_IN_FORM.has(spec.name));
    return html`
      <div class="top">
        <form @submit=${(event: Event) => event.preventDefault()}>
          <div class="field">
            <label for="element">Element</label>
            <select id="element" @change=${this.chooseElement}>
              ${ELEMENTS.map(
                (name) => html`<option value=${name} ?selected=${name === this.element}>&lt;${name}&gt; · ${ELEMENT_LABELS[name]}</option>`,
              )}
            </select>
          </div>
          ${specs.length
            ? html`<fieldset>
                <legend>Attributes of &lt;${this.element}&gt;</legend>
                <div class="fields">${specs.map((spec) => this.renderControl(spec))}</div>
              </fieldset>`
            : nothing}
          <fieldset>
            <legend>Language and theme</legend>
            <div class="fields">
              ${this.renderSelect('lang', 'lang', this.langChoice, [
                ['', 'The page’s language (no attribute)'],
                ['da', 'Dansk (da)'],
                ['en', 'English (en)'],
              ], 'Absent: the nearest lang above the element, else Danish.', (value) => (this.langChoice = value))}
              ${this.renderSelect('theme', 'theme', this.themeChoice, [
                ['', 'Absent: inherit the page'],
                ['light', 'light'],
                ['dark', 'dark'],
                ['auto', 'auto (the visitor’s system setting)'],
              ], 'Absent: your page’s text colour and colour scheme.', (value) => (this.themeChoice = value))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Script</legend>
            <div class="checks" role="radiogroup" aria-label="Where the script comes from">
              <label class="check">
                <input type="radio" name="script" value="self-hosted" .checked=${this.scriptKind === 'self-hosted'}
                  @change=${() => this.chooseScript('self-hosted')} />
                Self-hosted file (no third-party request)
              </label>
              <label class="check">
                <input type="radio" name="script" value="cdn" .checked=${this.scriptKind === 'cdn'}
                  @change=${() => this.chooseScript('cdn')} />
                Public CDN, version ${VERSION}, with integrity
              </label>
            </div>
            <div class="fields" ?hidden=${this.scriptKind !== 'self-hosted'}>
              <div class="field">
                <label for="path">Path of your copy of danish-clusters.js</label>
                <input id="path" type="text" autocomplete="off" spellcheck="false" .value=${this.path}
                  @input=${(event: Event) => {
                    this.path = (event.target as HTMLInputElement).value;
                    this.copyStatus = '';
                  }} />
              </div>
            </div>
            ${this.scriptKind === 'cdn' ? this.renderCdnNote() : nothing}
          </fieldset>
        </form>

        <section class="output" aria-labelledby="snippet-heading">
          <h2 id="snippet-heading">Snippet</h2>
          <div class="snippet" aria-live="polite">
            <pre><code id="snippet">${snippet}</code></pre>
          </div>
          ${dropped.length ? this.renderDropped(dropped) : nothing}
          <div class="actions">
            <button type="button" @click=${() => this.copy(snippet)}>Copy snippet</button>
            <p class="note" role="status">${this.copyStatus}</p>
          </div>
        </section>
      </div>

      <h2>Preview</h2>
      <p class="note">
        The element itself, with ${attributes.length ? 'the attributes of the snippet' : 'no attributes (all defaults)'}.
      </p>
      <div class="preview" data-element=${this.element}></div>
    `;
  }

  protected override updated(): void {
    // A fresh element whenever the configuration changes: it starts as the snippet starts on a partner page.
    const { attributes } = embedAttributes(this.element, this.input);
    const key = JSON.stringify([this.element, attributes]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    // A `sync-url` element reads the page URL when it connects: start it from a clean URL, as the snippet starts
    // on a partner's page, not from what an earlier preview wrote there.
    if (attributes.some(([name]) => name === 'sync-url')) setClusterParameters({});
    this.renderRoot.querySelector('.preview')?.replaceChildren(previewElement(document, this.element, attributes));
  }

  private chooseElement(event: Event): void {
    this.element = (event.target as HTMLSelectElement).value as ElementName;
    this.copyStatus = '';
  }

  private chooseScript(kind: ScriptConfig['kind']): void {
    this.scriptKind = kind;
    this.copyStatus = '';
  }

  private renderCdnNote(): TemplateResult {
    return BUILT_INTEGRITY
      ? html`<p class="note">
          The integrity value is this build’s (<code>dist/cdn/integrity.json</code> of ${VERSION}). It matches the file on
          the CDN when this Storybook was built from the published ${VERSION}; otherwise take it from
          <code>dist/cdn/integrity.json</code> of the version you load.
        </p>`
      : html`<p class="note">
          <code>${INTEGRITY_PLACEHOLDER}</code> is a placeholder (this Storybook was started before a build): take the value
          from <code>dist/cdn/integrity.json</code> of version ${VERSION} (in the npm package:
          <code>node_modules/danish-clusters/dist/cdn/integrity.json</code>).
        </p>`;
  }

  private renderDropped(dropped: DroppedAttribute[]): TemplateResult {
    return html`<p class="note">
      Left out of the snippet and the preview:
      ${dropped.map((item, i) => html`${i ? '; ' : ''}<code>${`${item.name}="${String(item.value)}"`}</code> (${item.reason})`)}.
    </p>`;
  }

  private renderSelect(
    id: string,
    label: string,
    value: string,
    options: [value: string, label: string][],
    hint: string,
    onChange: (value: string) => void,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}><code>${label}</code></label>
      <select id=${id} aria-describedby="${id}-hint" @change=${(event: Event) => {
        onChange((event.target as HTMLSelectElement).value);
        this.copyStatus = '';
      }}>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
      </select>
      <span class="hint" id="${id}-hint">${hint}</span>
    </div>`;
  }

  private renderControl(spec: AttributeSpec): TemplateResult {
    const current = this.values[this.element][spec.name];
    const hint = spec.description.replace(/`/g, '');
    const id = `attr-${spec.name}`;
    switch (spec.kind) {
      case 'enum': {
        const named = NAMES[spec.name];
        const options: [string, string][] = spec.values.map((value) => [
          value,
          named?.get(value) ? `${named.get(value)} (${value})` : value === spec.default ? `${value} (default)` : value,
        ]);
        if (spec.default === undefined && spec.name !== 'cluster') options.unshift(['', EMPTY_LABELS[spec.name] ?? '(none)']);
        const selected = typeof current === 'string' ? current : (spec.default ?? '');
        return this.renderSelect(id, spec.name, selected, options, hint, (value) => this.set(spec.name, value));
      }
      case 'integer': {
        if (spec.max - spec.min <= 10) {
          const options: [string, string][] = [];
          for (let level = spec.min; level <= spec.max; level += 1) {
            options.push([String(level), level === spec.default ? `${level} (default)` : String(level)]);
          }
          const selected = current === undefined || current === '' ? String(spec.default ?? '') : String(current);
          return this.renderSelect(id, spec.name, selected, options, hint, (value) => this.set(spec.name, value));
        }
        return html`<div class="field">
          <label for=${id}><code>${spec.name}</code></label>
          <input id=${id} type="number" inputmode="numeric" min=${spec.min} step="1" aria-describedby="${id}-hint"
            .value=${current === undefined ? '' : String(current)}
            @input=${(event: Event) => this.set(spec.name, (event.target as HTMLInputElement).value)} />
          <span class="hint" id="${id}-hint">${hint} Empty: no limit.</span>
        </div>`;
      }
      case 'text':
        return html`<div class="field">
          <label for=${id}><code>${spec.name}</code></label>
          <input id=${id} type="text" autocomplete="off" aria-describedby="${id}-hint" .value=${typeof current === 'string' ? current : ''}
            @input=${(event: Event) => this.set(spec.name, (event.target as HTMLInputElement).value)} />
          <span class="hint" id="${id}-hint">${hint}</span>
        </div>`;
      case 'boolean':
        return html`<div class="field">
          <span class="check">
            <input id=${id} type="checkbox" aria-describedby="${id}-hint" .checked=${current === true}
              @change=${(event: Event) => this.set(spec.name, (event.target as HTMLInputElement).checked)} />
            <label for=${id}><code>${spec.name}</code></label>
          </span>
          <span class="hint" id="${id}-hint">${hint}</span>
        </div>`;
      case 'tokens': {
        // '' = every token (the default), 'none' = none, else the chosen tokens.
        const chosen = current === undefined || current === '' ? [...spec.tokens] : current === 'none' ? [] : String(current).split(/\s+/);
        const toggle = (token: string, on: boolean) => {
          const next = spec.tokens.filter((t) => (t === token ? on : chosen.includes(t)));
          this.set(spec.name, next.length === spec.tokens.length ? '' : next.length === 0 ? 'none' : next.join(' '));
        };
        return html`<fieldset class="field checks-field" aria-describedby="${id}-hint">
          <legend class="choice-legend"><code>${spec.name}</code></legend>
          <div class="checks">
            ${spec.tokens.map(
              (token) => html`<label class="check">
                <input type="checkbox" .checked=${chosen.includes(token)}
                  @change=${(event: Event) => toggle(token, (event.target as HTMLInputElement).checked)} />
                ${token}
              </label>`,
            )}
          </div>
          <span class="hint" id="${id}-hint">${hint} None checked: controls="none".</span>
        </fieldset>`;
      }
      case 'language':
        return html``;
    }
  }

  private async copy(snippet: string): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      this.copyStatus = 'Copied to the clipboard.';
    } catch {
      // No clipboard here (an insecure page, a frame without the permission): select the code instead.
      const code = this.renderRoot.querySelector('#snippet');
      const selection = window.getSelection();
      if (code && selection) selection.selectAllChildren(code);
      this.copyStatus = 'Copying is not allowed here. The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  }
}

/** Registers `<embed-configurator>` (once) and returns its tag name. */
export function defineEmbedConfigurator(): 'embed-configurator' {
  if (!customElements.get('embed-configurator')) customElements.define('embed-configurator', EmbedConfigurator);
  return 'embed-configurator';
}

/**
 * The tag name, registered. The story and the docs page import this binding rather than the bare module:
 * package.json's `sideEffects` lists only the library's registering modules, so the production build drops a
 * side-effect-only `import './embed-configurator.js'` (the element would never be defined).
 */
export const embedConfiguratorTag = defineEmbedConfigurator();

declare global {
  interface HTMLElementTagNameMap {
    'embed-configurator': EmbedConfigurator;
  }
}

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
 * The form's controls are in controls.ts, its styles in configurator.styles.ts, the CDN `integrity` value in
 * integrity.ts.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import '../../src/define/all.js';
import { VERSION } from '../../src/internal/version.js';
import { setClusterParameters } from '../support/url.js';
import { configuratorStyles } from './configurator.styles.js';
import { renderAttributeControl, renderSelect } from './controls.js';
import { BUILT_INTEGRITY, cdnNote, INTEGRITY_PLACEHOLDER } from './integrity.js';
import { previewElement } from './preview.js';
import {
  ELEMENT_ATTRIBUTES,
  ELEMENTS,
  embedAttributes,
  embedSnippet,
  type AttributeInput,
  type DroppedAttribute,
  type ElementName,
  type ScriptConfig,
} from './snippet.js';

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

  static override styles = configuratorStyles;

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
                <div class="fields">${specs.map((spec) => renderAttributeControl(spec, this.values[this.element][spec.name], (name, value) => this.set(name, value)))}</div>
              </fieldset>`
            : nothing}
          <fieldset>
            <legend>Language and theme</legend>
            <div class="fields">
              ${renderSelect('lang', 'lang', this.langChoice, [
                ['', 'The page’s language (no attribute)'],
                ['da', 'Dansk (da)'],
                ['en', 'English (en)'],
              ], 'Absent: the nearest lang above the element, else Danish.', (value) => this.choose({ langChoice: value }))}
              ${renderSelect('theme', 'theme', this.themeChoice, [
                ['', 'Absent: inherit the page'],
                ['light', 'light'],
                ['dark', 'dark'],
                ['auto', 'auto (the visitor’s system setting)'],
              ], 'Absent: your page’s text colour and colour scheme.', (value) => this.choose({ themeChoice: value }))}
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
            ${this.scriptKind === 'cdn' ? cdnNote() : nothing}
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
    this.choose({ scriptKind: kind });
  }

  /** A choice outside the element's attributes (language, theme, script): the snippet changed, "copied" no longer holds. */
  private choose(choice: Partial<Pick<EmbedConfigurator, 'langChoice' | 'themeChoice' | 'scriptKind'>>): void {
    Object.assign(this, choice);
    this.copyStatus = '';
  }

  private renderDropped(dropped: DroppedAttribute[]): TemplateResult {
    return html`<p class="note">
      Left out of the snippet and the preview:
      ${dropped.map((item, i) => html`${i ? '; ' : ''}<code>${`${item.name}="${String(item.value)}"`}</code> (${item.reason})`)}.
    </p>`;
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

import { LitElement, type PropertyDeclarations } from 'lit';
import { LanguageController } from '../i18n/language-controller.js';
import { stringsFor, type Language, type Strings } from '../i18n/strings.js';
import { enumValue, integerValue } from './attribute-values.js';
import { defineElement } from './define.js';
import type { ClusterEventMap } from './events.js';
import { VERSION } from './version.js';

/** Values of the `theme` attribute. */
export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * The base of every danish-clusters element: language, theme, heading level, typed events and a safe
 * `define()`. Not registered itself.
 */
export class ClusterElement extends LitElement {
  /** The library version, for support questions on partner pages. */
  static readonly version: string = VERSION;

  /** Default `heading-level` of this element (2; the card uses 3). */
  protected static defaultHeadingLevel = 2;

  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Language of the element (`da*` → Danish, anything else → English); inherited when absent. */
  declare lang: string;
  /** Colour theme: absent inherits the page, `light`, `dark`, or `auto` (follows the visitor's setting). */
  declare theme: Theme | undefined;
  /** Level (1–6) of the element's top heading. */
  declare headingLevel: number | undefined;

  private readonly languageController = new LanguageController(this);

  /**
   * Registers this class as `tag` without ever throwing; when the tag is taken, warns once per copy of
   * the library. Partners who want their own tag name register a subclass:
   * `customElements.define('my-card', class extends ClusterCard {})`.
   */
  static define(tag: string): boolean {
    return defineElement(tag, this);
  }

  /** The resolved language. */
  protected get language(): Language {
    return this.languageController.language;
  }

  /** The strings of the resolved language. */
  protected get strings(): Strings {
    return stringsFor(this.language);
  }

  /** The heading level in use: a valid `heading-level`, else the element's default. */
  protected get resolvedHeadingLevel(): number {
    const fallback = (this.constructor as typeof ClusterElement).defaultHeadingLevel;
    return integerValue(this, 'heading-level', this.headingLevel, 1, 6, fallback);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lang')) this.languageController.refresh();
    // `theme` styles come from `:host([theme=…])`; an invalid value matches none (= inherit) and warns once.
    if (changed.has('theme')) enumValue(this, 'theme', this.theme, THEMES, undefined);
    // Checked here too (not only where a heading renders), so every element warns about a bad value once.
    if (changed.has('headingLevel')) void this.resolvedHeadingLevel;
  }

  /** Dispatches one of the library's events: bubbling, composed, typed. */
  protected emit<K extends keyof ClusterEventMap>(type: K, detail: ClusterEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}

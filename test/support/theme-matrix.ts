/**
 * The accessibility matrix every element is checked in: each `theme` value (and none) × a light and a dark
 * partner page × Danish and English — 16 variants.
 *
 * Why the variants share one page: what a theme, a page colour or a language changes is colour and text,
 * never structure. So the variants are rendered side by side and axe runs once over all of them (every
 * rule, colour contrast included, in every variant) instead of 16 times: axe's fixed cost is paid once
 * (most of its work grows with what it reads, so the saving is modest; docs/decisions/0010). Our own check
 * of text contrast (`textContrasts`) still measures each variant separately and names it. The only rules
 * left out of the shared run are the page-level landmark rules, which compare the 16 copies with each other
 * (16 copies of an element cannot have unique landmarks); `expectAccessibleAlone` runs every rule on one
 * copy alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { textContrasts } from './contrast.js';

export const THEMES = [undefined, 'light', 'dark', 'auto'] as const;
export const PAGES = [
  { name: 'light page', style: 'background:#ffffff;color:#1b1b1f;color-scheme:light' },
  { name: 'dark page', style: 'background:#121212;color:#f0f0f0;color-scheme:dark' },
] as const;
export const LANGUAGES = ['da', 'en'] as const;
/** A matrix test does the work of 16 tests: its time limit (mocha's `this.timeout`) is raised to match. */
export const MATRIX_TIMEOUT = 60_000;

export interface Variant {
  theme: (typeof THEMES)[number];
  page: (typeof PAGES)[number];
  lang: (typeof LANGUAGES)[number];
  /** "theme dark, light page, en": how failures name the variant. */
  label: string;
}

export const VARIANTS: readonly Variant[] = PAGES.flatMap((page) =>
  THEMES.flatMap((theme) => LANGUAGES.map((lang) => ({ theme, page, lang, label: `theme ${theme ?? 'absent'}, ${page.name}, ${lang}` }))),
);

/** Rules that compare landmarks across the whole page: they would compare the variants' copies. */
const CROSS_COPY_RULES = [
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
];

export interface Rendered<T extends HTMLElement> {
  variant: Variant;
  /** The variant's page box (its colours and `lang`). */
  box: HTMLElement;
  /** The elements `template` rendered, in order. */
  elements: T[];
}

/**
 * Renders `template(variant)` for every variant, each in its own page box (`width` px wide, the page's
 * colours, its `lang`), all in one fixture; waits until each element has `settle`d.
 */
export async function renderVariants<T extends HTMLElement>(
  tag: string,
  template: (variant: Variant) => TemplateResult,
  settle: (element: T) => Promise<unknown>,
  width = 800,
): Promise<{ root: HTMLElement; rendered: Rendered<T>[] }> {
  const root = await fixture<HTMLElement>(html`<div>
    ${VARIANTS.map((variant) => html`<div style="${variant.page.style};width:${width}px" lang=${variant.lang}>${template(variant)}</div>`)}
  </div>`);
  const rendered = [...root.children].map((box, index) => ({
    variant: VARIANTS[index],
    box: box as HTMLElement,
    elements: [...box.querySelectorAll<T>(tag)],
  }));
  for (const { variant, elements } of rendered) expect(elements.length, `${variant.label}: no <${tag}> rendered`).to.be.greaterThan(0);
  await Promise.all(rendered.flatMap(({ elements }) => elements.map((element) => settle(element))));
  return { root, rendered };
}

/** axe over all the variants at once: every rule but the cross-copy landmark rules (see above). */
export async function expectAccessibleTogether(root: HTMLElement): Promise<void> {
  await expect(root).to.be.accessible({ ignoredRules: CROSS_COPY_RULES });
}

/** axe with every rule, for an element that is alone on the page. */
export async function expectAccessibleAlone(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
}

/** Every text inside `root` (a shadow root or a part of one) at ≥ 4.5:1; a failure names `label`. */
export function expectTextContrast(root: ShadowRoot | Element, label: string): void {
  const low = textContrasts(root).filter((finding) => finding.ratio < 4.5);
  expect(low, `${label}: ${JSON.stringify(low)}`).to.deep.equal([]);
}

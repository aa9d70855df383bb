import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/define/cluster-list.js';

/**
 * Three partner sites and the CSS each adds to match the elements to its pages. Each story is a wrapper
 * `<div>` with the partner's class, its `<style>` (scoped by that class) and a small list. The CSS strings
 * are exported (not stories, see `excludeStories`) so Guides/Theming shows exactly the CSS these stories run.
 * Each wrapper paints its own page colours, so the toolbar's light/dark page does not change the recipe.
 */

/** A municipality's blue: its accent, lines and card tint, a square-ish card with a blue top rule. */
export const municipalityCss = `.theme-municipality {
  color-scheme: light;
  padding: 1em;
  background: #ffffff;
  color: #1d2b36;
}
.theme-municipality cluster-list {
  --cluster-accent: #005fa3;
  --cluster-focus-color: #005fa3;
  --cluster-border-color: #a9c1d6;
  --cluster-tint: #e3eef7;
  --cluster-card-surface: #f3f8fc;
  --cluster-input-surface: #ffffff;
  --cluster-radius: 0.25em;
}
.theme-municipality cluster-list::part(card) {
  border-top: 0.25em solid #005fa3;
}
.theme-municipality cluster-list::part(name) {
  color: #004a80;
}`;

/** A dark site: `color-scheme: dark` on the page and no `theme` attribute; the elements inherit the rest. */
export const darkSiteCss = `.theme-dark-site {
  color-scheme: dark;
  padding: 1em;
  background: #0e1b26;
  color: #e4ecf2;
}`;

/** A high-contrast site: black on white, lines in the text colour, no tints, a thick focus ring. */
export const highContrastCss = `.theme-high-contrast {
  color-scheme: light;
  padding: 1em;
  background: #ffffff;
  color: #000000;
}
.theme-high-contrast cluster-list {
  --cluster-accent: #000000;
  --cluster-focus-color: #000000;
  --cluster-border-color: currentColor;
  --cluster-muted-text: currentColor;
  --cluster-tint: transparent;
  --cluster-radius: 0;
}
.theme-high-contrast cluster-list::part(card) {
  border-width: 2px;
}
.theme-high-contrast cluster-list::part(input):focus-visible,
.theme-high-contrast cluster-list::part(select):focus-visible,
.theme-high-contrast cluster-list::part(activate):focus-visible,
.theme-high-contrast cluster-list::part(link):focus-visible,
.theme-high-contrast cluster-list::part(show-all):focus-visible {
  outline: 0.25em solid #000000;
  outline-offset: 0.2em;
}`;

/** The HTML a partner writes: the wrapper with their class around the element. */
function markup(className: string): string {
  return `<div class="${className}">\n  <cluster-list limit="3" controls="search"></cluster-list>\n</div>`;
}

/** The story: the partner's style element, then their wrapper with a small list in it. */
function partnerPage(className: string, css: string): TemplateResult {
  return html`<div class=${className}>
    <style>
      ${css}
    </style>
    <cluster-list limit="3" controls="search"></cluster-list>
  </div>`;
}

/** What "Show code" offers: the CSS in a style element and the HTML, as a partner would paste them. */
function source(className: string, css: string) {
  return { docs: { source: { language: 'html', code: `<style>\n${css}\n</style>\n\n${markup(className)}` } } };
}

const meta = {
  title: 'Recipes/Partner themes',
  tags: ['!autodocs'],
  excludeStories: /Css$/,
  parameters: {
    docs: {
      description: {
        component:
          'Three partner sites matching the elements to their pages with CSS custom properties and parts. ' +
          'Guides/Theming explains each one.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Municipality: Story = {
  name: 'Municipality blue',
  render: () => partnerPage('theme-municipality', municipalityCss),
  parameters: source('theme-municipality', municipalityCss),
};

export const DarkSite: Story = {
  name: 'Dark site',
  render: () => partnerPage('theme-dark-site', darkSiteCss),
  parameters: source('theme-dark-site', darkSiteCss),
};

export const HighContrast: Story = {
  name: 'High contrast',
  render: () => partnerPage('theme-high-contrast', highContrastCss),
  parameters: source('theme-high-contrast', highContrastCss),
};

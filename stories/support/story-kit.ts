/**
 * What the element stories share: the `theme` arg (with `absent` for "no attribute"), the filter args of
 * the list, map and explorer, the description helper and the four theme stories (each theme on a light
 * and a dark page side by side).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { nothing, type TemplateResult } from 'lit';
import { strengthAreas } from '../../src/data/index.js';
import { onBothPages } from './pages.js';

export type Theme = 'absent' | 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['absent', 'light', 'dark', 'auto'];

/** The `theme` attribute for an arg value: `absent` leaves it off, so the element inherits the page. */
export const themeAttribute = (theme: Theme) => (theme === 'absent' ? nothing : theme);

export const themeArgType = {
  control: 'select',
  options: [...THEMES],
  description:
    'Colour theme. `absent` (no attribute) inherits the page; `light` and `dark` set text and surfaces; ' +
    '`auto` follows the visitor’s setting.',
} as const;

/** The filters the list, the map and the explorer share. */
export interface FilterArgs {
  query: string;
  area: string;
  region: string;
  status: 'all' | 'active' | 'ceased';
}

export const REGION_CODES = ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'] as const;

export const filterArgTypes = {
  query: { control: 'text', description: 'Free-text search (Danish-aware).' },
  area: { control: 'select', options: ['', ...strengthAreas.map((area) => area.id)], description: 'Strength area.' },
  region: { control: 'select', options: ['', ...REGION_CODES], description: 'Region of the head office.' },
  status: { control: 'inline-radio', options: ['all', 'active', 'ceased'] },
} as const;

/** A story's description in the docs page. */
export const describe = (text: string) => ({ docs: { description: { story: text } } });

const THEME_TEXT: Record<Theme, (subject: string) => string> = {
  absent: (subject) => `No \`theme\` attribute: the ${subject} takes the page’s text colour and colour scheme, on a transparent surface.`,
  light: () => '`theme="light"`: dark text on a white surface, on either page.',
  dark: () => '`theme="dark"`: light text on a dark surface, on either page.',
  auto: () => '`theme="auto"`: follows the visitor’s `prefers-color-scheme`, not the page.',
};

/**
 * The story of one `theme` value, shown on a light and a dark page side by side. `render` is called once
 * per page, so each page gets its own element; `args` narrow the element so that two fit side by side;
 * `subject` names the element in the description ("the card takes the page’s text colour").
 */
export function themeStory<Args extends { theme: Theme }>(
  theme: Theme,
  render: (args: Args) => TemplateResult,
  args: Partial<Args> = {},
  subject = 'element',
): StoryObj<Args> {
  return {
    args: { ...args, theme } as Partial<Args>,
    render: (storyArgs) => onBothPages(() => render(storyArgs)),
    parameters: describe(`${THEME_TEXT[theme](subject)} Shown on a light and a dark page.`),
  };
}

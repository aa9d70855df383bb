import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/cluster-timeline.js';
import { describe, themeArgType, themeAttribute, themeStory, type Theme } from './support/story-kit.js';

interface TimelineArgs {
  layout: 'vertical' | 'horizontal';
  theme: Theme;
  'heading-level': number;
  lang?: string;
}

/** One timeline from the args; `theme: 'absent'` leaves the attribute off (the timeline inherits the page). */
function timeline(args: TimelineArgs): TemplateResult {
  return html`<cluster-timeline
    layout=${args.layout}
    theme=${themeAttribute(args.theme)}
    heading-level=${args['heading-level']}
    lang=${args.lang ?? nothing}
  ></cluster-timeline>`;
}

const meta = {
  title: 'Elements/Cluster timeline',
  component: 'cluster-timeline',
  tags: ['autodocs'],
  render: (args) => timeline(args),
  args: {
    layout: 'vertical',
    theme: 'absent',
    'heading-level': 2,
  },
  argTypes: {
    layout: {
      control: 'inline-radio',
      options: ['vertical', 'horizontal'],
      description:
        '`vertical` (default); `horizontal` is a strip that scrolls sideways inside itself when the element is ' +
        'at least 40em wide, and vertical when narrower.',
    },
    theme: themeArgType,
    'heading-level': {
      control: { type: 'number', min: 1, max: 6, step: 1 },
      description: 'Level (1–6) of the "Tidslinje" / "Timeline" heading.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The milestones of the Danish cluster programme, 2003 to today, in date order, each date at its ' +
          'precision and with its source. Language and page colours come from the toolbar; the timeline ' +
          'follows the page unless `theme` or `lang` is set on the element.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

export const Default: Story = {
  parameters: describe('The bundled milestones with every default: vertical, theme inherited from the page.'),
};

export const Horizontal: Story = {
  args: { layout: 'horizontal' },
  parameters: describe('`layout="horizontal"` on a wide page: one strip that scrolls sideways inside itself (Tab to it, then the arrow keys scroll). On a narrow screen it is the vertical list.'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: describe('`lang="en"` on the element: titles and dates in English whatever the page language.'),
};

export const ThemeAbsent: Story = themeStory('absent', timeline, {}, 'timeline');
export const ThemeLight: Story = themeStory('light', timeline, {}, 'timeline');
export const ThemeDark: Story = themeStory('dark', timeline, {}, 'timeline');
export const ThemeAuto: Story = themeStory('auto', timeline, {}, 'timeline');

export const Narrow: Story = {
  args: { layout: 'horizontal' },
  render: (args) => html`<div style="inline-size: 320px; max-inline-size: 100%">${timeline(args)}</div>`,
  parameters: describe('A 320 px wide container: even with `layout="horizontal"` the timeline is vertical, with no sideways scroll.'),
};

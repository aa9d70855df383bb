import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/cluster-about.js';
import { ABOUT_TOPICS, type AboutTopic } from '../src/i18n/about-strings.js';
import { describe, themeArgType, themeAttribute, themeStory, type Theme } from './support/story-kit.js';

interface AboutArgs {
  /** `all` leaves the attribute off: all four topics. */
  topic: 'all' | AboutTopic;
  theme: Theme;
  'heading-level': number;
  lang?: string;
}

/** One element from the args; `topic: 'all'` and `theme: 'absent'` leave those attributes off. */
function about(args: AboutArgs): TemplateResult {
  return html`<cluster-about
    topic=${args.topic === 'all' ? nothing : args.topic}
    theme=${themeAttribute(args.theme)}
    heading-level=${args['heading-level']}
    lang=${args.lang ?? nothing}
  ></cluster-about>`;
}

const meta = {
  title: 'Elements/Cluster about',
  component: 'cluster-about',
  tags: ['autodocs'],
  render: (args) => about(args),
  args: {
    topic: 'all',
    theme: 'absent',
    'heading-level': 2,
  },
  argTypes: {
    topic: {
      control: 'select',
      options: ['all', ...ABOUT_TOPICS],
      description: 'The topic to show. `all` (no attribute) shows all four.',
    },
    theme: themeArgType,
    'heading-level': {
      control: { type: 'number', min: 1, max: 6, step: 1 },
      description: 'Level (1–6) of each topic’s heading.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The "what is a cluster" story in four topics, with sources, in the page’s typography. Language and ' +
          'page colours come from the toolbar; the element follows the page unless `theme` or `lang` is set on it.',
      },
    },
  },
} satisfies Meta<AboutArgs>;

export default meta;
type Story = StoryObj<AboutArgs>;

export const Default: Story = {
  parameters: describe('All four topics with every default: `h2` headings, theme inherited from the page.'),
};

export const SingleTopic: Story = {
  args: { topic: 'history' },
  parameters: describe('`topic="history"`: one topic only, here the history from 2003 to the 11 clusters funded for 2025–2028.'),
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: describe('`lang="en"` on the element: the text is in English whatever the page language.'),
};

const themeArgs: Partial<AboutArgs> = { topic: 'what-is-a-cluster' };

export const ThemeAbsent: Story = themeStory('absent', about, themeArgs, 'text');
export const ThemeLight: Story = themeStory('light', about, themeArgs, 'text');
export const ThemeDark: Story = themeStory('dark', about, themeArgs, 'text');
export const ThemeAuto: Story = themeStory('auto', about, themeArgs, 'text');

export const Narrow: Story = {
  render: (args) => html`<div style="inline-size: 320px; max-inline-size: 100%">${about(args)}</div>`,
  parameters: describe('A 320 px wide container: the text wraps, nothing scrolls sideways.'),
};

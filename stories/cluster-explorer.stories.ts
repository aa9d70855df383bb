import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define/cluster-explorer.js';
import { listArgTypes, listDefaults, listLike, type ListArgs } from './support/list-args.js';
import { loadingStory, srcFailureStory } from './support/data-states.js';
import { describe, themeStory } from './support/story-kit.js';
import { setClusterParameters } from './support/url.js';

const explorer = (args: ListArgs): TemplateResult => listLike('cluster-explorer', args);

const meta = {
  title: 'Elements/Cluster explorer',
  component: 'cluster-explorer',
  tags: ['autodocs'],
  render: (args) => explorer(args),
  args: listDefaults,
  argTypes: {
    ...listArgTypes,
    selected: { control: 'text', description: 'Id of the highlighted cluster (set from script: highlights only).' },
    'sync-url': { control: 'boolean', description: 'Mirror the filters and the open cluster in the page URL.' },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The whole clusters page as one element: key figures counted from the data, the filters, the map and ' +
          'the list side by side (stacked below 720 px of width), and a detail view. Select a cluster on the map ' +
          'or in the list: both highlight it and the detail view opens (Escape or × closes it, focus returns).',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

export const Default: Story = { parameters: describe('All 14 clusters from the bundled data, every control shown.') };

export const English: Story = { args: { lang: 'en' }, parameters: describe('`lang="en"` on the element.') };

export const Filtered: Story = {
  args: { region: 'DK-82', status: 'active' },
  parameters: describe('Filtered by attributes: the list shows active clusters in the Central Denmark Region; the map dims the others.'),
};

export const Selected: Story = {
  args: { selected: 'danish-sound-cluster' },
  parameters: describe('`selected` set by the page: the card and the marker are highlighted; the detail view stays closed.'),
};

export const ListLayout: Story = {
  args: { layout: 'list', controls: 'search area' },
  parameters: describe('`layout="list"` and two controls: compact cards beside the map.'),
};

export const DeepLink: Story = {
  tags: ['!autodocs'],
  args: { 'sync-url': true },
  loaders: [async () => setClusterParameters({ 'cluster-area': 'advanced-manufacturing', cluster: 'made' })],
  parameters: describe(
    'A shared link (`?cluster-area=advanced-manufacturing&cluster=made`) with `sync-url`: the filter and the ' +
      'open detail view come back. Back in the browser closes the detail view.',
  ),
};

export const SrcFailure: Story = srcFailureStory('the bundled data, a small notice, one `cluster-data-error`.');

export const Loading: Story = loadingStory(
  'the key figures wait, the list says "Indlæser …" and the map keeps its place; nothing on the ' +
    'page moves when the data arrives.',
);

export const Empty: Story = {
  args: { query: 'zzz-nothing-matches' },
  parameters: describe('Nothing matches: the map dims every marker and the list offers "clear filters".'),
};

export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 320px">${explorer(args)}</div>`,
  parameters: describe('In a 320 px column: header, filters, map and list stacked.'),
};

const themeArgs: Partial<ListArgs> = { controls: 'search', limit: 2 };

export const ThemeAbsent: Story = themeStory('absent', explorer, themeArgs);
export const ThemeLight: Story = themeStory('light', explorer, themeArgs);
export const ThemeDark: Story = themeStory('dark', explorer, themeArgs);
export const ThemeAuto: Story = themeStory('auto', explorer, themeArgs);

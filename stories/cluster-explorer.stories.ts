import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/cluster-explorer.js';
import { strengthAreas } from '../src/data/index.js';
import { onBothPages } from './support/pages.js';
import { setClusterParameters } from './support/url.js';

type Theme = 'absent' | 'light' | 'dark' | 'auto';

interface ExplorerArgs {
  query: string;
  area: string;
  region: string;
  status: 'all' | 'active' | 'ceased';
  sort: 'name' | 'area' | 'region';
  layout: 'grid' | 'list';
  limit?: number;
  controls?: string;
  selected?: string;
  'sync-url'?: boolean;
  theme: Theme;
  lang?: string;
  src?: string;
}

/** One explorer from the args; empty values leave the attribute off. */
function explorer(args: ExplorerArgs): TemplateResult {
  return html`<cluster-explorer
    query=${args.query || nothing}
    area=${args.area || nothing}
    region=${args.region || nothing}
    status=${args.status === 'all' ? nothing : args.status}
    sort=${args.sort === 'name' ? nothing : args.sort}
    layout=${args.layout === 'grid' ? nothing : args.layout}
    limit=${args.limit ?? nothing}
    controls=${args.controls ?? nothing}
    selected=${args.selected ?? nothing}
    ?sync-url=${args['sync-url']}
    theme=${args.theme === 'absent' ? nothing : args.theme}
    lang=${args.lang ?? nothing}
    src=${args.src ?? nothing}
  ></cluster-explorer>`;
}

const meta = {
  title: 'Elements/Cluster explorer',
  component: 'cluster-explorer',
  tags: ['autodocs'],
  render: (args) => explorer(args),
  args: { query: '', area: '', region: '', status: 'all', sort: 'name', layout: 'grid', theme: 'absent' },
  argTypes: {
    query: { control: 'text', description: 'Free-text search (Danish-aware).' },
    area: { control: 'select', options: ['', ...strengthAreas.map((area) => area.id)], description: 'Strength area.' },
    region: { control: 'select', options: ['', 'DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'], description: 'Region of the head office.' },
    status: { control: 'inline-radio', options: ['all', 'active', 'ceased'] },
    sort: { control: 'inline-radio', options: ['name', 'area', 'region'] },
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    limit: { control: { type: 'number', min: 1 } },
    controls: { control: 'text', description: '`search area region status sort` (any of them) or `none`.' },
    selected: { control: 'text', description: 'Id of the highlighted cluster (set from script: highlights only).' },
    'sync-url': { control: 'boolean', description: 'Mirror the filters and the open cluster in the page URL.' },
    theme: { control: 'select', options: ['absent', 'light', 'dark', 'auto'] },
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
} satisfies Meta<ExplorerArgs>;

export default meta;
type Story = StoryObj<ExplorerArgs>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

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

export const SrcFailure: Story = {
  args: { src: './fixtures/invalid-clusters.json' },
  parameters: {
    ...describe('Bad data from `src`: the bundled data, a small notice, one `cluster-data-error`.'),
    sweep: { expectWarning: 'Invalid cluster data', expectEvents: ['cluster-data-error'] },
  },
};

export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 320px">${explorer(args)}</div>`,
  parameters: describe('In a 320 px column: header, filters, map and list stacked.'),
};

function themeStory(theme: Theme): Story {
  return {
    args: { theme, controls: 'search', limit: 2 },
    render: (args) => onBothPages(() => explorer(args)),
    parameters: describe(`\`theme=${theme === 'absent' ? '(absent)' : `"${theme}"`}\` on a light and on a dark page.`),
  };
}

export const ThemeAbsent: Story = themeStory('absent');
export const ThemeLight: Story = themeStory('light');
export const ThemeDark: Story = themeStory('dark');
export const ThemeAuto: Story = themeStory('auto');

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/cluster-list.js';
import { strengthAreas } from '../src/data/index.js';
import { onBothPages } from './support/pages.js';
import { syntheticDataset } from './support/synthetic-clusters.js';

type Theme = 'absent' | 'light' | 'dark' | 'auto';

interface ListArgs {
  query: string;
  area: string;
  region: string;
  status: 'all' | 'active' | 'ceased';
  sort: 'name' | 'area' | 'region';
  layout: 'grid' | 'list';
  limit?: number;
  controls?: string;
  theme: Theme;
  lang?: string;
  src?: string;
}

/** One list from the args; empty values leave the attribute off. */
function list(args: ListArgs): TemplateResult {
  return html`<cluster-list
    query=${args.query || nothing}
    area=${args.area || nothing}
    region=${args.region || nothing}
    status=${args.status === 'all' ? nothing : args.status}
    sort=${args.sort === 'name' ? nothing : args.sort}
    layout=${args.layout === 'grid' ? nothing : args.layout}
    limit=${args.limit ?? nothing}
    controls=${args.controls ?? nothing}
    theme=${args.theme === 'absent' ? nothing : args.theme}
    lang=${args.lang ?? nothing}
    src=${args.src ?? nothing}
  ></cluster-list>`;
}

const meta = {
  title: 'Elements/Cluster list',
  component: 'cluster-list',
  tags: ['autodocs'],
  render: (args) => list(args),
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
    theme: { control: 'select', options: ['absent', 'light', 'dark', 'auto'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Browse, search, filter and sort the clusters. A visitor’s change updates the attributes and fires ' +
          'one `cluster-filter-change`; activating a card fires `cluster-select`.',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

const describe = (text: string) => ({ docs: { description: { story: text } } });

export const Default: Story = { parameters: describe('All 14 clusters from the bundled data, every control shown.') };

export const English: Story = { args: { lang: 'en' }, parameters: describe('`lang="en"` on the element.') };

export const SearchOnly: Story = {
  args: { controls: 'search', query: 'Sonderborg' },
  parameters: describe('Only the search box; "Sonderborg" finds Sønderborg (Danish-aware search).'),
};

export const AreaControl: Story = {
  args: { controls: 'area', area: 'energy' },
  parameters: describe('Only the strength-area control, set to energy.'),
};

export const RegionControl: Story = {
  args: { controls: 'region', region: 'DK-82' },
  parameters: describe('Only the region control: head offices in the Central Denmark Region.'),
};

export const StatusControl: Story = {
  args: { controls: 'status', status: 'ceased' },
  parameters: describe('Only the status control, showing ceased clusters (MARLOG).'),
};

export const SortControl: Story = {
  args: { controls: 'sort', sort: 'region' },
  parameters: describe('Only the sort control, ordered by region; clusters without a head office come last.'),
};

export const PreFiltered: Story = {
  args: { controls: 'none', status: 'active', region: 'DK-84' },
  parameters: describe('Filtered by attributes, no controls: active clusters with a head office in the Capital Region.'),
};

export const Empty: Story = {
  args: { query: 'zzz-nothing-matches' },
  parameters: describe('Nothing matches: a friendly message and a "clear filters" button.'),
};

export const FromSrc: Story = {
  args: { src: './fixtures/partner-clusters.json' },
  parameters: {
    ...describe('A partner’s own JSON file (invented example data) loaded with `src`; fires `cluster-data-load`.'),
    sweep: { expectEvents: ['cluster-data-load'] },
  },
};

export const SrcFailure: Story = {
  args: { src: './fixtures/invalid-clusters.json' },
  parameters: {
    ...describe(
      'The file answers 200 but its content is not cluster data: the list shows the bundled data, a small notice, ' +
        'and fires one `cluster-data-error`.',
    ),
    sweep: { expectWarning: 'Invalid cluster data', expectEvents: ['cluster-data-error'] },
  },
};

function themeStory(theme: Theme): Story {
  return {
    args: { theme, controls: 'search status', limit: 2 },
    render: (args) => onBothPages(() => list(args)),
    parameters: describe(`\`theme=${theme === 'absent' ? '(absent)' : `"${theme}"`}\` on a light and on a dark page.`),
  };
}

export const ThemeAbsent: Story = themeStory('absent');
export const ThemeLight: Story = themeStory('light');
export const ThemeDark: Story = themeStory('dark');
export const ThemeAuto: Story = themeStory('auto');

export const ListLayout: Story = {
  args: { layout: 'list' },
  parameters: describe('`layout="list"`: one column of compact cards.'),
};

export const NoControls: Story = {
  args: { controls: 'none' },
  parameters: describe('`controls="none"`: just the cards, for a page that sets the filters itself.'),
};

export const Limited: Story = {
  args: { limit: 4 },
  parameters: describe('`limit="4"`: four cards and a "show all (14)" button.'),
};

let tenThousand: ReturnType<typeof syntheticDataset> | undefined;

export const TenThousand: Story = {
  render: (args) => {
    tenThousand ??= syntheticDataset(10_000);
    return html`<cluster-list
      theme=${args.theme === 'absent' ? nothing : args.theme}
      lang=${args.lang ?? nothing}
      .clusters=${tenThousand}
    ></cluster-list>`;
  },
  parameters: describe(
    '10,000 invented clusters ("Eksempelklynge …") through the `clusters` property: only the cards near the ' +
      'viewport render, so the page stays light. Scroll, search or filter to see it keep up.',
  ),
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/define/cluster-list.js';
import { listArgTypes, listDefaults, listLike, type ListArgs } from './support/list-args.js';
import { loadingStory, srcFailureStory } from './support/data-states.js';
import { describe, themeAttribute, themeStory } from './support/story-kit.js';
import { syntheticDataset } from './support/synthetic-clusters.js';

const list = (args: ListArgs): TemplateResult => listLike('cluster-list', args);

const meta = {
  title: 'Elements/Cluster list',
  component: 'cluster-list',
  tags: ['autodocs'],
  render: (args) => list(args),
  args: listDefaults,
  argTypes: listArgTypes,
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

export const SrcFailure: Story = srcFailureStory(
  'the list shows the bundled data, a small notice, and fires one `cluster-data-error`.',
);

export const Loading: Story = loadingStory(
  '"Indlæser …" in the live region and no cards yet; the list keeps the height it will have, so ' +
    'nothing below it moves when the data arrives.',
);

export const Selected: Story = {
  args: { selected: 'danish-sound-cluster', controls: 'none' },
  parameters: describe('`selected="danish-sound-cluster"`: that card is highlighted (a visitor’s click does the same).'),
};

const themeArgs: Partial<ListArgs> = { controls: 'search status', limit: 2 };
export const ThemeAbsent: Story = themeStory('absent', list, themeArgs);
export const ThemeLight: Story = themeStory('light', list, themeArgs);
export const ThemeDark: Story = themeStory('dark', list, themeArgs);
export const ThemeAuto: Story = themeStory('auto', list, themeArgs);

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
      theme=${themeAttribute(args.theme)}
      lang=${args.lang ?? nothing}
      .clusters=${tenThousand}
    ></cluster-list>`;
  },
  parameters: describe(
    '10,000 invented clusters ("Eksempelklynge …") through the `clusters` property: only the cards near the ' +
      'viewport render, so the page stays light. Scroll, search or filter to see it keep up.',
  ),
};
